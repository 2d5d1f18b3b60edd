import type { EntityManager } from '@mikro-orm/postgresql';
import { PUBLIC_ACTOR, type Actor, type StaffActor } from '../shared/auth/actor';
import { DomainError, ErrorCode, RateLimitedError, UnauthenticatedError } from '../shared/errors/domain-error';
import { executePrepared } from '../shared/database/prepared-statements';
import { leanEntitiesFromColumns } from '../shared/lean-rows';
import { currentWindowSql, type RateLimit, retryAfterOf } from '../shared/rate-limit/rate-limiter';
import { UUID } from '../shared/malformed-ids';
import type { AccessTokens } from './access-tokens';
import type { ActorCache } from './actor-cache';
import { StaffAccount } from './staff-account.entity';

/** The account exists and the token is good, but the office has switched the account off. */
export class DeactivatedAccountError extends DomainError {
  constructor() {
    super(ErrorCode.FORBIDDEN, 'This staff account has been deactivated. Ask an administrator if this is a mistake.');
  }
}

/** An address's count of refused tokens, read with the account: past its limit, a good token is refused too. */
export interface SignInFailures {
  key: string;
  limit: RateLimit;
}

/**
 * Turns an `Authorization` header (or a WebSocket `connection_init` value) into an actor. No credentials
 * means PUBLIC; credentials that do not check out are always refused, never downgraded to PUBLIC. With
 * `failures`, the address's sign-in failures are read in the same statement as the account (one round
 * trip per request), and an address past its limit is refused with RATE_LIMITED. With `actors`, an actor
 * this process read a moment ago for the same subject and place is used instead (`ActorCache`).
 */
export async function authenticate(em: EntityManager, tokens: AccessTokens, authorization: string | undefined, failures?: SignInFailures, actors?: ActorCache): Promise<Actor> {
  if (authorization === undefined || authorization === '') return PUBLIC_ACTOR;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".');
  const subject = await tokens.verify(match[1]);
  // Held actors are per place: the sign-in failures counted for this address decide like the account does.
  const place = failures?.key ?? '';
  const held = actors?.get(subject, place);
  if (held) return held;
  const ticket = actors?.ticket();
  const { account, retryAfter } = await readAccount(em, subject, failures);
  if (retryAfter !== null) throw new RateLimitedError(retryAfter);
  if (!account) throw new UnauthenticatedError('Your token names no Lindungi staff account.');
  if (!account.active) throw new DeactivatedAccountError();
  const actor = toStaffActor(account);
  if (actors && ticket !== undefined) actors.hold(subject, place, actor, ticket);
  return actor;
}

type AccountRow = Record<string, unknown> & { failure_hits: number | null; failure_retry_after: string | null };

/** The account a token names (by id, or by an external identity provider's subject), read as it is now. */
async function readAccount(em: EntityManager, subject: string, failures: SignInFailures | undefined): Promise<{ account: StaffAccount | null; retryAfter: number | null }> {
  const byId = UUID.test(subject);
  const window = failures ? currentWindowSql(failures.key, failures.limit) : { sql: 'select null::int as hits, null::int as retry_after', params: [] };
  const [row] = await executePrepared<AccountRow>(
    em,
    `select a.*, w.hits as failure_hits, w.retry_after as failure_retry_after
       from (select 1) as one
       left join staff_account a on ${byId ? 'a.id = ? or a.external_subject = ?' : 'a.external_subject = ?'}
       left join (${window.sql}) as w on true
      limit 1`,
    [...(byId ? [subject, subject] : [subject]), ...window.params],
  );
  const retryAfter = failures ? retryAfterOf({ hits: row?.failure_hits ?? null, retry_after: row?.failure_retry_after ?? null }, failures.limit) : null;
  if (!row || row.id === null) return { account: null, retryAfter };
  const [account] = leanEntitiesFromColumns(em, StaffAccount, [row]);
  return { account, retryAfter };
}

export function toStaffActor(account: StaffAccount): StaffActor {
  return {
    kind: 'STAFF',
    staffAccountId: account.id,
    roles: [...account.roles],
    area: account.area,
    institutionId: account.institutionId,
    workerId: account.workerId,
  };
}
