import { BadUserInputError, ForbiddenError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { Worker, WorkerKind } from '../workers/worker.entity';
import { ExpertAvailability } from './expert-availability.entity';
import { jakartaWallTime, minutesOf } from './jakarta-time';
import { AvailabilityRecurrence } from './supervision.enums';
import type { PublishExpertAvailabilityInput } from './supervision.inputs';

/** The time slots experts publish, and the check that a session falls inside one. */
export class AvailabilityService {
  constructor(private readonly context: RequestContext) {}

  /** The signed-in expert's worker record. */
  async myExpert(): Promise<Worker> {
    const { actor, em } = this.context;
    const workerId = actor.kind === 'STAFF' ? actor.workerId : null;
    const expert = workerId ? await em.findOne(Worker, { id: workerId, kind: WorkerKind.EXPERT_ADVISOR }) : null;
    if (!expert) throw new ForbiddenError('Your staff account is not linked to an expert record; ask an administrator.');
    return expert;
  }

  async publish(input: PublishExpertAvailabilityInput): Promise<ExpertAvailability> {
    const expert = await this.myExpert();
    const start = minutesOf(input.startTime);
    const end = minutesOf(input.endTime);
    if (start === null || end === null || end <= start) throw new BadUserInputError('endTime must be after startTime (HH:MM, Asia/Jakarta).', { field: 'endTime' });
    const weekly = input.recurrence === AvailabilityRecurrence.WEEKLY;
    if (weekly && (input.weekday === undefined || input.weekday === null)) throw new BadUserInputError('A WEEKLY slot needs a weekday (1 = Monday to 7 = Sunday).', { field: 'weekday' });
    if (!weekly && !input.date) throw new BadUserInputError('A ONE_OFF slot needs a date.', { field: 'date' });
    const slot = this.context.em.create(ExpertAvailability, {
      expert,
      recurrence: input.recurrence,
      weekday: weekly ? (input.weekday ?? null) : null,
      date: weekly ? null : (input.date ?? null),
      startTime: input.startTime,
      endTime: input.endTime,
    });
    await this.context.em.flush();
    return slot;
  }

  /** Withdraws one of the signed-in expert's slots; sessions already booked stay. */
  async withdraw(slotId: string): Promise<ExpertAvailability> {
    const expert = await this.myExpert();
    const slot = await this.context.em.findOne(ExpertAvailability, { id: slotId, expert, withdrawnAt: null });
    if (!slot) throw new NotFoundError('availability slot', slotId);
    slot.withdrawnAt = new Date();
    await this.context.em.flush();
    return slot;
  }

  /** An expert's current slots: weekly ones, and one-off ones from today on. */
  async ofExpert(expertId: string): Promise<ExpertAvailability[]> {
    const expert = await this.context.em.findOne(Worker, { id: expertId, kind: WorkerKind.EXPERT_ADVISOR });
    if (!expert) throw new NotFoundError('expert', expertId);
    const today = jakartaWallTime(new Date()).date;
    return this.context.em.find(
      ExpertAvailability,
      { expert, withdrawnAt: null, $or: [{ recurrence: AvailabilityRecurrence.WEEKLY }, { date: { $gte: today } }] },
      { orderBy: { recurrence: 'asc', weekday: 'asc', date: 'asc', startTime: 'asc' } },
    );
  }

  /** Refuses a session that does not lie within one slot of the expert, on one Asia/Jakarta day. */
  async requireSlot(expert: Worker, startsAt: Date, endsAt: Date): Promise<void> {
    const start = jakartaWallTime(startsAt);
    const end = jakartaWallTime(endsAt);
    const endMinutes = end.date === start.date ? end.minutes : end.minutes === 0 ? 24 * 60 : -1;
    const slots = await this.context.em.find(ExpertAvailability, {
      expert,
      withdrawnAt: null,
      $or: [
        { recurrence: AvailabilityRecurrence.WEEKLY, weekday: start.weekday },
        { recurrence: AvailabilityRecurrence.ONE_OFF, date: start.date },
      ],
    });
    const fits = slots.some((slot) => (minutesOf(slot.startTime) ?? Infinity) <= start.minutes && endMinutes > start.minutes && endMinutes <= (minutesOf(slot.endTime) ?? -1));
    if (!fits) {
      throw new BadUserInputError('The expert has no availability slot covering that time (Asia/Jakarta); see expertAvailability.', { field: 'startsAt' });
    }
  }
}
