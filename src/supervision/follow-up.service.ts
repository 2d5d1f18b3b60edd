import { hasRole } from '../shared/auth/actor';
import { type JakartaArea, StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import { jakartaDate } from '../shared/jakarta-date';
import type { RequestContext } from '../shared/request-context';
import { SupervisionFollowUp } from './follow-up.entity';
import { SupervisionSessionService } from './supervision-session.service';

/** Follow-up tasks of held sessions: their owners complete them; supervisors see the overdue ones. */
export class FollowUpService {
  constructor(private readonly context: RequestContext) {}

  /** Completes a follow-up: its owner, or anyone who may read its session (its expert, a supervisor of its area). */
  async complete(followUpId: string, note: string): Promise<SupervisionFollowUp> {
    const { actor, em } = this.context;
    const text = note.trim();
    if (!text || text.length > 2000) throw new BadUserInputError('Say what was done, up to 2000 characters.', { field: 'note' });
    const followUp = await em.findOne(SupervisionFollowUp, followUpId);
    const isOwner = followUp && actor.kind === 'STAFF' && actor.workerId === followUp.owner.id;
    if (!followUp || !(isOwner || (await new SupervisionSessionService(this.context).visibleIds([followUp.session.id])).length)) {
      throw new NotFoundError('follow-up', followUpId);
    }
    if (followUp.completedAt) return followUp;
    followUp.completedAt = new Date();
    followUp.completionNote = text;
    await em.flush();
    return followUp;
  }

  /**
   * Open follow-ups past their due date (Asia/Jakarta) whose owner works in the area: a supervisor's own
   * area, or the one asked for when they have none (all areas when not given). One statement.
   */
  async overdue(area: JakartaArea | null): Promise<SupervisionFollowUp[]> {
    const { actor } = this.context;
    const scopeArea = actor.kind === 'STAFF' && !hasRole(actor, StaffRole.ADMIN) ? actor.area : null;
    if (scopeArea && area && area !== scopeArea) throw new ForbiddenError('You see the follow-ups of your own area.');
    const effectiveArea = scopeArea ?? area;
    return this.context.em.find(
      SupervisionFollowUp,
      { completedAt: null, dueOn: { $lt: jakartaDate() }, ...(effectiveArea ? { owner: { area: effectiveArea } } : {}) },
      { orderBy: { dueOn: 'asc', id: 'asc' }, limit: 500 },
    );
  }
}
