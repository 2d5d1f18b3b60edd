import { LockMode } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { AidGrantStatus, LedgerShare } from './aid.enums';
import { EntitlementExceededError, GrantNotPayableError } from './aid.errors';
import { AidGrant } from './aid-grant.entity';
import { ProgrammeYear } from './aid-programme.entity';
import { AidGrantService, requireText } from './aid-grant.service';
import { recordTransition } from './grant-transitions';
import { LedgerEntry } from './ledger-entry.entity';
import { UUID } from '../shared/malformed-ids';

export interface RecordDisbursement {
  grantId: string;
  share: LedgerShare;
  amount: string;
  paymentReference: string;
}

/**
 * Payments into the append-only ledger. Each one runs in a transaction holding a row lock on the grant,
 * so two payments on one grant are checked one after the other against the programme year's amount.
 */
export class DisbursementService {
  constructor(private readonly context: RequestContext) {}

  async record(input: RecordDisbursement): Promise<LedgerEntry> {
    const amount = BigInt(input.amount);
    if (amount <= 0n) throw new BadUserInputError('A payment is a positive amount; correct a mistake with reverseLedgerEntry.', { field: 'amount' });
    const paymentReference = requireText(input.paymentReference, 'paymentReference', 'Give the payment reference (bank transfer or voucher).');
    if (!(await new AidGrantService(this.context).visibleIds([input.grantId], true)).length) throw new NotFoundError('aid grant', input.grantId);
    return this.context.em.transactional(async (em) => {
      const grant = await em.findOneOrFail(AidGrant, input.grantId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!grant.payable) throw new GrantNotPayableError(grant.status);
      if (input.share !== LedgerShare.CHILD && (input.share as string) !== grant.beneficiaryKind) {
        throw new BadUserInputError(`This grant's second share goes to the ${grant.beneficiaryKind}: pay CHILD or ${grant.beneficiaryKind}.`, { field: 'share' });
      }
      const year = await em.findOneOrFail(ProgrammeYear, grant.programmeYear.id);
      const limit = BigInt(input.share === LedgerShare.CHILD ? year.childShareAmount : year.secondShareAmount);
      const [{ total }] = await em.execute<Array<{ total: string }>>('select coalesce(sum(amount), 0)::text as total from ledger_entry where grant_id = ? and share = ?', [
        grant.id,
        input.share,
      ], 'all', { ...em.getLoggerContext() });
      if (BigInt(total) + amount > limit) throw new EntitlementExceededError(input.share, limit, BigInt(total));
      const entry = em.create(LedgerEntry, { grant, share: input.share, amount: amount.toString(), paymentReference, recordedBy: this.staffId() });
      if (grant.status !== AidGrantStatus.DISBURSED) {
        const from = grant.moveTo(AidGrantStatus.DISBURSED);
        recordTransition(em, grant, from, { detail: `Payment ${paymentReference}`, actorId: this.staffId() });
      }
      return entry;
    });
  }

  /** Reverses a payment once, with a negative entry pointing at it; the ledger itself is never changed. */
  async reverse(entryId: string, reason: string): Promise<LedgerEntry> {
    const why = requireText(reason, 'reason', 'Say why the payment is reversed.');
    const original = UUID.test(entryId) ? await this.context.em.findOne(LedgerEntry, entryId) : null;
    if (!original || !(await new AidGrantService(this.context).visibleIds([original.grant.id], true)).length) throw new NotFoundError('ledger entry', entryId);
    if (original.reverses) throw new BadUserInputError('This entry is itself a reversal; a reversal is not reversed.', { field: 'entryId' });
    return this.context.em.transactional(async (em) => {
      await em.findOneOrFail(AidGrant, original.grant.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const earlier = await em.findOne(LedgerEntry, { reverses: original.id });
      if (earlier) throw new ConflictError('This payment was already reversed.', { field: 'entryId', reversalId: earlier.id });
      return em.create(LedgerEntry, {
        grant: original.grant,
        share: original.share,
        amount: (-BigInt(original.amount)).toString(),
        paymentReference: `REVERSAL ${original.paymentReference}`.slice(0, 100),
        reverses: original,
        reason: why,
        recordedBy: this.staffId(),
      });
    });
  }

  private staffId(): string {
    if (this.context.actor.kind !== 'STAFF') throw new BadUserInputError('Only a staff account records payments.');
    return this.context.actor.staffAccountId;
  }
}
