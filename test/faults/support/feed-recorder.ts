import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CaseFeedDocument, type CaseFeedSubscription } from '../../operations/generated/graphql';

export type FeedEvent = CaseFeedSubscription['caseFeed'];

/**
 * A supervisor's live case feed as a careful client keeps it: every event recorded in order, and when the
 * subscription or its socket ends, a new one resumes after the last sequence received.
 */
export class FeedRecorder {
  readonly events: FeedEvent[] = [];
  /** How often the feed had to be resumed, and the close codes seen. */
  resumptions = 0;
  readonly closeCodes: number[] = [];
  readonly errors: unknown[] = [];
  /** Sequences received twice or out of order: there must be none. */
  readonly outOfOrder: string[] = [];
  private client?: Client;
  private socket?: WebSocket;
  private stopped = false;
  private initialAfter?: string;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly webSocketUrl: () => string,
    private readonly token: string,
    /** `ballast`: more subscriptions to the whole feed from 0 on the same socket, results ignored (to load a slow socket). */
    private readonly options: { resume: boolean; ballast?: number; onConnected?: (socket: WebSocket) => void } = { resume: true },
  ) {}

  get lastSequence(): string | undefined {
    return this.events.at(-1)?.sequence;
  }

  start(afterSequence?: string): void {
    this.initialAfter ??= afterSequence;
    const client = createClient({
      url: this.webSocketUrl(),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      retryAttempts: 0,
      lazy: true,
      on: {
        opened: (socket) => (this.socket = socket as WebSocket),
        connected: (socket) => {
          // Only the first connection: a resumed feed is a fresh, well-behaved one.
          if (client === this.client && this.resumptions === 0) this.options.onConnected?.(socket as WebSocket);
        },
        closed: (event) => this.closeCodes.push((event as { code: number }).code),
      },
    });
    this.client = client;
    client.subscribe<CaseFeedSubscription>(
      { query: print(CaseFeedDocument), variables: afterSequence === undefined ? {} : { afterSequence } },
      {
        next: (result) => {
          if (result.errors?.length || !result.data) {
            this.errors.push(result.errors);
            return;
          }
          const event = result.data.caseFeed;
          const last = this.lastSequence;
          if (last !== undefined && BigInt(event.sequence) <= BigInt(last)) this.outOfOrder.push(event.sequence);
          else this.events.push(event);
          this.waiters.splice(0).forEach((wake) => wake());
        },
        error: (error) => {
          this.errors.push({ ended: 'error', at: new Date().toISOString(), error: error instanceof Error ? error.message : error });
          this.resume(client);
        },
        complete: () => {
          this.errors.push({ ended: 'complete', at: new Date().toISOString() });
          this.resume(client);
        },
      },
    );
    for (let extra = 0; extra < (this.options.ballast ?? 0) && afterSequence === this.initialAfter; extra += 1) {
      client.subscribe({ query: print(CaseFeedDocument), variables: { afterSequence: '0' } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    }
  }

  /** Cuts the TCP connection without a close frame, as a dropped mobile link does. */
  cut(): void {
    this.socket?.terminate();
  }

  /** The raw socket, e.g. to stop reading from it (a slow consumer). */
  get rawSocket(): WebSocket | undefined {
    return this.socket;
  }

  /** Resolves once the feed holds an event satisfying `predicate` for each of `count`... or throws after `timeoutMs`. */
  async until(done: (events: FeedEvent[]) => boolean, timeoutMs = 30_000, what = 'the expected events'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this.events)) {
      if (Date.now() > deadline) throw new Error(`the feed did not receive ${what} within ${timeoutMs} ms (it has ${this.events.length} events)`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  trackingCodes(): Set<string> {
    return new Set(this.events.filter((event) => event.kind === 'REPORT_RECEIVED').map((event) => event.report!.trackingCode));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }

  private resume(client: Client): void {
    if (this.stopped || client !== this.client || !this.options.resume) return;
    this.resumptions += 1;
    void client.dispose();
    setTimeout(() => {
      if (!this.stopped) this.start(this.lastSequence ?? this.initialAfter);
    }, 200);
  }
}
