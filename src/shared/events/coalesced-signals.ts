/**
 * "Something new, read it yourself" signals for one subscriber, coalesced: any number of signals while the
 * subscriber is busy leave one pending, never a queue. A signal while one is already pending costs a
 * boolean, not a promise: a burst of announcements reaches every live subscriber at once, and a Repeater
 * with a one-slot sliding buffer (used before) chained several promises per signal per subscriber. A burst
 * of 2,000 NOTIFYs to 42 subscriptions then held the event loop for 0.3-0.7 s in a test process of its
 * own and for 2-6 s in a jest worker that had run other suites (each promise also paying for that worker's
 * AsyncLocalStorage instances), long enough for a report submitted meanwhile to time out.
 */
export class CoalescedSignals implements AsyncIterableIterator<void> {
  private pending = false;
  private finished = false;
  /** Readers waiting for a signal; one signal wakes one reader (readers normally wait one at a time). */
  private readonly readers: Array<(result: IteratorResult<void>) => void> = [];

  /** @param unsubscribe stops the signals at their source; called once, when the subscriber returns. */
  constructor(private readonly unsubscribe: () => void) {}

  /** To be called by the source on every announcement. */
  readonly signal = (): void => {
    if (this.finished) return;
    const reader = this.readers.shift();
    if (reader) reader({ value: undefined, done: false });
    else this.pending = true;
  };

  next(): Promise<IteratorResult<void>> {
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    if (this.pending) {
      this.pending = false;
      return Promise.resolve({ value: undefined, done: false });
    }
    return new Promise((resolve) => this.readers.push(resolve));
  }

  return(): Promise<IteratorResult<void>> {
    if (!this.finished) {
      this.finished = true;
      this.pending = false;
      this.unsubscribe();
      for (const reader of this.readers.splice(0)) reader({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
