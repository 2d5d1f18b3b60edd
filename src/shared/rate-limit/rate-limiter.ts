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
/** Whether `key` has used up its window already, without counting a hit (one read). */
export async function rateLimitReached(em: EntityManager, key: string, { limit, windowSeconds }: RateLimit): Promise<number | null> {
  const [row] = await em.execute<Array<{ hits: number; retry_after: string }>>(
    `select hits, ceil(extract(epoch from (window_start + make_interval(secs => ?) - now()))) as retry_after
       from rate_limit_window where key = ? and window_start = to_timestamp(floor(extract(epoch from now()) / ?) * ?)`,
    [windowSeconds, key, windowSeconds, windowSeconds],
  );
  return row && row.hits >= limit ? Math.max(1, Number(row.retry_after)) : null;
}

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
