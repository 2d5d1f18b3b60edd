import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../errors/domain-error';

export interface RateLimit {
  /** Most hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window rate limiting in PostgreSQL, so every server instance counts the same hits. One upsert
 * per call; rows of past windows are cleaned up now and then.
 */
export async function consumeRateLimit(em: EntityManager, key: string, { limit, windowSeconds }: RateLimit): Promise<void> {
  const [row] = await em.execute<Array<{ hits: number; retry_after: string }>>(
    `insert into rate_limit_window (key, window_start, hits)
     values (?, to_timestamp(floor(extract(epoch from now()) / ?) * ?), 1)
     on conflict (key, window_start) do update set hits = rate_limit_window.hits + 1
     returning hits, ceil(extract(epoch from (window_start + make_interval(secs => ?) - now()))) as retry_after`,
    [key, windowSeconds, windowSeconds, windowSeconds],
  );
  if (Math.random() < 0.01) await em.execute("delete from rate_limit_window where window_start < now() - interval '1 day'");
  if (row.hits > limit) throw new RateLimitedError(Math.max(1, Number(row.retry_after)));
}
