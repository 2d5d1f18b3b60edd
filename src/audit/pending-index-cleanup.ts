import type { Logger } from '../shared/logger';
import { isDatabaseUnavailable } from '../shared/errors/database-unavailable';

/**
 * Keeps the GIN index of the entries' record ids from making a request wait for its housekeeping. GIN
 * takes new ids into a pending list (cheap: a page of 20 children's entry costs about half the PostgreSQL
 * of a row per child) and merges the list into the index when it passes `gin_pending_list_limit`; the insert
 * that passes it does the merge, and every request whose lines that insert holds waits for it (728 ms
 * once in 10,000 inserts, BENCHMARKS.md). So every `everyIds` ids written, the list is merged here, off
 * any request's path, one merge at a time, long before an insert would have to. Small merges, often: a
 * merge of 20,000 ids took 45 ms of one core (2,000: 4.5 ms), which the requests running meanwhile felt
 * (A/B twice, 20,000 against 2,000: profile page p99 47 -> 43 ms and 59 -> 54 ms, pages/s even).
 */
export class PendingIndexCleanup {
  private idsSinceCleanup = 0;
  private running: Promise<void> | null = null;

  constructor(
    private readonly clean: () => Promise<unknown>,
    private readonly everyIds = 2_000,
  ) {}

  /** Counts ids just written; past `everyIds` since the last merge, starts one (not awaited by the caller). */
  written(ids: number, logger: Logger): void {
    this.idsSinceCleanup += ids;
    if (this.idsSinceCleanup < this.everyIds || this.running) return;
    this.idsSinceCleanup = 0;
    this.running = this.clean()
      .then(
        () => undefined,
        (error: unknown) => {
          // Left to the next merge, or to the insert that passes the limit: nothing is lost either way.
          if (!isDatabaseUnavailable(error)) logger.warn({ err: error }, 'could not merge the audit index pending list');
        },
      )
      .finally(() => {
        this.running = null;
      });
  }

  /** Settles when no merge is under way. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }
}
