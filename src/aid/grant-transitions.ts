import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AidGrantStatus, SuspensionReason } from './aid.enums';
import { AidGrant, AidGrantTransition } from './aid-grant.entity';

/** Writes one step of a grant's history; call it with every status change, in the same flush. */
export function recordTransition(
  em: EntityManager,
  grant: AidGrant,
  fromStatus: AidGrantStatus | null,
  details: { reasonCategory?: SuspensionReason | null; detail?: string | null; actorId: string | null },
): AidGrantTransition {
  return em.create(AidGrantTransition, {
    grant,
    fromStatus,
    toStatus: grant.status,
    reasonCategory: details.reasonCategory ?? null,
    detail: details.detail ?? null,
    actorId: details.actorId,
  });
}

const SUSPENDABLE = [AidGrantStatus.APPROVED, AidGrantStatus.DISBURSED, AidGrantStatus.REINSTATED];

/** Row locks when the caller runs a transaction (they should): a payment cannot slip in between. */
function lockIfInTransaction(em: EntityManager): { lockMode?: LockMode.PESSIMISTIC_WRITE } {
  return em.isInTransaction() ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}

/** The reasons other domains suspend a child's grants for (DOMAIN.md promise 5). */
export type ChildAidReviewReason = 'OVERDUE_REPORT' | 'SPOT_CHECK';

const LIFTED_BECAUSE: Record<ChildAidReviewReason, string> = {
  OVERDUE_REPORT: 'The overdue report was filed.',
  SPOT_CHECK: 'The spot check was cleared.',
};

/**
 * Suspends every paying grant (APPROVED, DISBURSED, REINSTATED) of a child for an overdue accountability
 * report or a failed spot check (DOMAIN.md promise 5), recording the reason in each grant's history. For
 * the progress-report escalation and the supervision spot checks, which call it inside their own
 * transaction; it flushes but does not commit.
 */
export async function suspendChildAidGrants(
  em: EntityManager,
  childId: string,
  reason: ChildAidReviewReason,
  detail: string,
  actorId: string | null,
): Promise<AidGrant[]> {
  const grants = await em.find(AidGrant, { child: childId, status: { $in: SUSPENDABLE } }, { ...lockIfInTransaction(em), orderBy: { createdAt: 'asc' } });
  for (const grant of grants) {
    const from = grant.suspend(reason as SuspensionReason, detail);
    recordTransition(em, grant, from, { reasonCategory: reason as SuspensionReason, detail, actorId });
  }
  await em.flush();
  return grants;
}

/**
 * Reinstates the child's grants that are SUSPENDED for that reason, and only those: a grant suspended for
 * a misuse investigation stays suspended when the overdue report arrives. Flushes, does not commit.
 */
export async function reinstateChildAidGrants(
  em: EntityManager,
  childId: string,
  reason: ChildAidReviewReason,
  actorId: string | null,
  detail: string = LIFTED_BECAUSE[reason],
): Promise<AidGrant[]> {
  const grants = await em.find(
    AidGrant,
    { child: childId, status: AidGrantStatus.SUSPENDED, suspensionReason: reason as SuspensionReason },
    { ...lockIfInTransaction(em), orderBy: { createdAt: 'asc' } },
  );
  for (const grant of grants) {
    const from = grant.moveTo(AidGrantStatus.REINSTATED);
    recordTransition(em, grant, from, { reasonCategory: reason as SuspensionReason, detail, actorId });
  }
  await em.flush();
  return grants;
}
