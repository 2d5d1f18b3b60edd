import { LockMode } from '@mikro-orm/core';
import { reinstateChildAidGrants, suspendChildAidGrants } from '../aid';
import { Child } from '../children/child.entity';
import { hasRole } from '../shared/auth/actor';
import { StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { SpotCheck } from './spot-check.entity';
import { SpotCheckOutcome } from './supervision.enums';

/**
 * Spot checks (DOMAIN.md promise 5): the server picks one child at random from a companion's caseload, and
 * the checker records whether the companion knew how the child is doing. DOES_NOT_KNOW suspends the
 * child's aid grants (reason SPOT_CHECK) until a later KNOWS or an accepted progress report clears it.
 */
export class SpotCheckService {
  constructor(private readonly context: RequestContext) {}

  /** Starts a spot check on a companion: of the supervisor's area (any for one without), or any for an expert. */
  async start(companionId: string): Promise<SpotCheck> {
    const { actor, em } = this.context;
    if (actor.kind !== 'STAFF') throw new ForbiddenError();
    const companion = await em.findOne(Worker, { id: companionId, kind: WorkerKind.COMPANION });
    const inArea = !actor.area || hasRole(actor, StaffRole.EXPERT_ADVISOR) || companion?.area === actor.area;
    if (!companion || !inArea) throw new NotFoundError('companion', companionId);
    // The pick is the server's, so the companion cannot prepare for one child only.
    const [picked] = await em.execute<Array<{ child_id: string }>>(
      'select child_id from companion_assignment where companion_id = ? and ended_on is null order by random() limit 1',
      [companion.id],
    );
    if (!picked) throw new BadUserInputError('The companion has no children in their caseload now.', { field: 'companionId' });
    const spotCheck = em.create(SpotCheck, { companion, child: em.getReference(Child, picked.child_id), checkedBy: actor.staffAccountId });
    await em.flush();
    return spotCheck;
  }

  /** Records the outcome, once, by the one who started the check; the aid follows in the same transaction. */
  async recordOutcome(spotCheckId: string, outcome: SpotCheckOutcome, notes: string): Promise<SpotCheck> {
    const { actor } = this.context;
    if (actor.kind !== 'STAFF') throw new NotFoundError('spot check', spotCheckId);
    const staffId = actor.staffAccountId;
    return this.context.em.transactional(async (em) => {
      const spotCheck = await em.findOne(SpotCheck, { id: spotCheckId, checkedBy: staffId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!spotCheck) throw new NotFoundError('spot check', spotCheckId);
      if (spotCheck.outcome) throw new ConflictError(`The outcome is already recorded (${spotCheck.outcome}); start a new spot check.`, { field: 'spotCheckId' });
      spotCheck.outcome = outcome;
      spotCheck.notes = notes.trim();
      spotCheck.recordedAt = new Date();
      if (outcome === SpotCheckOutcome.DOES_NOT_KNOW) {
        const detail = `Spot check ${spotCheck.id}: the companion could not say how the child is doing. ${spotCheck.notes}`.slice(0, 2000);
        spotCheck.aidGrantsChanged = (await suspendChildAidGrants(em, spotCheck.child.id, 'SPOT_CHECK', detail, staffId)).length;
      } else if (outcome === SpotCheckOutcome.KNOWS) {
        const detail = `Spot check ${spotCheck.id}: the companion knows how the child is doing.`;
        spotCheck.aidGrantsChanged = (await reinstateChildAidGrants(em, spotCheck.child.id, 'SPOT_CHECK', staffId, detail)).length;
      }
      await em.flush();
      return spotCheck;
    });
  }
}
