/**
 * Calls with the same key that overlap in time share one promise until it settles; nothing is kept after.
 * A live feed wakes all its subscribers on the same notification, so their identical reads (the same rows
 * after the same sequence under the same access rule, the same report by id) become one statement instead
 * of one per subscriber, without serving anything older than a read that was already under way.
 */
export class SingleFlight<Value> {
  private readonly inFlight = new Map<string, Promise<Value>>();

  run(key: string, load: () => Promise<Value>): Promise<Value> {
    const current = this.inFlight.get(key);
    if (current) return current;
    const started = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
