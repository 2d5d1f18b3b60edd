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
/** One key's current window: its hits and the seconds until it ends, as SQL to read beside something else. */
export function currentWindowSql(key: string, { windowSeconds }: RateLimit): { sql: string; params: unknown[] } {
  return {
    sql: `select hits, ceil(extract(epoch from (window_start + make_interval(secs => ?) - now()))) as retry_after
       from rate_limit_window where key = ? and window_start = to_timestamp(floor(extract(epoch from now()) / ?) * ?)`,
    params: [windowSeconds, key, windowSeconds, windowSeconds],
  };
}

/** Seconds to wait when a window read with `currentWindowSql` is used up; null while hits are left. */
export function retryAfterOf(window: { hits: number | null; retry_after: string | number | null } | undefined, { limit }: RateLimit): number | null {
  return window?.hits != null && window.hits >= limit ? Math.max(1, Number(window.retry_after)) : null;
}

/** Whether `key` has used up its window already, without counting a hit (one read). */
export async function rateLimitReached(em: EntityManager, key: string, limit: RateLimit): Promise<number | null> {
  const { sql, params } = currentWindowSql(key, limit);
  const [row] = await em.execute<Array<{ hits: number; retry_after: string }>>(sql, params);
  return retryAfterOf(row, limit);
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
