import { DomainError, ErrorCode } from '../shared/errors/domain-error';
import type { AidGrantStatus, LedgerShare } from './aid.enums';

/** Four-eyes: the supervisor who approves a grant must not be the one who proposed it. */
export class FourEyesError extends DomainError {
  constructor() {
    super(ErrorCode.FOUR_EYES_REQUIRED, 'You proposed this grant, so another supervisor must approve it (four-eyes rule).', { rule: 'FOUR_EYES', field: 'grantId' });
  }
}

/** Only APPROVED, DISBURSED and REINSTATED grants pay. */
export class GrantNotPayableError extends DomainError {
  constructor(status: AidGrantStatus) {
    super(ErrorCode.GRANT_NOT_PAYABLE, `The grant is ${status}; payments are recorded only on APPROVED, DISBURSED or REINSTATED grants.`, { field: 'grantId', status });
  }
}

/** A payment would take the share past the programme year's amount. */
export class EntitlementExceededError extends DomainError {
  constructor(share: LedgerShare, limit: bigint, alreadyPaid: bigint) {
    const remaining = limit - alreadyPaid;
    super(ErrorCode.ENTITLEMENT_EXCEEDED, `The ${share} share of this grant is ${limit} IDR and ${alreadyPaid} IDR is already paid: at most ${remaining} IDR more can be paid.`, {
      field: 'amount',
      share,
      limit: limit.toString(),
      alreadyPaid: alreadyPaid.toString(),
      remaining: remaining.toString(),
    });
  }
}
