import type { EntityManager } from '@mikro-orm/postgresql';
import { PUBLIC_ACTOR, type Actor, type StaffActor } from '../shared/auth/actor';
import { DomainError, ErrorCode, UnauthenticatedError } from '../shared/errors/domain-error';
import { UUID } from '../shared/malformed-ids';
import type { AccessTokens } from './access-tokens';
import { StaffAccount } from './staff-account.entity';

/** The account exists and the token is good, but the office has switched the account off. */
export class DeactivatedAccountError extends DomainError {
  constructor() {
    super(ErrorCode.FORBIDDEN, 'This staff account has been deactivated. Ask an administrator if this is a mistake.');
  }
}

/**
 * Turns an `Authorization` header (or a WebSocket `connection_init` value) into an actor. No credentials
 * means PUBLIC; credentials that do not check out are always refused, never downgraded to PUBLIC.
 */
export async function authenticate(
  em: EntityManager,
  tokens: AccessTokens,
  authorization: string | undefined,
): Promise<Actor> {
  if (authorization === undefined || authorization === '') return PUBLIC_ACTOR;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".');
  const subject = await tokens.verify(match[1]);
  const account = await em.findOne(
    StaffAccount,
    UUID.test(subject) ? { $or: [{ id: subject }, { externalSubject: subject }] } : { externalSubject: subject },
    { disableIdentityMap: true },
  );
  if (!account) throw new UnauthenticatedError('Your token names no Lindungi staff account.');
  if (!account.active) throw new DeactivatedAccountError();
  return toStaffActor(account);
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
