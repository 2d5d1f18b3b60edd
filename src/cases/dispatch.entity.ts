import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/database/base.entity';
import { BadUserInputError, ConflictError } from '../shared/errors/domain-error';
import { Worker } from '../workers/worker.entity';
import { DispatchStatus } from './case.enums';
import { ProtectionCase } from './protection-case.entity';

/** The order in which a dispatched worker reports progress; a worker may skip ahead, never go back. */
const PROGRESS = [DispatchStatus.DISPATCHED, DispatchStatus.ACKNOWLEDGED, DispatchStatus.EN_ROUTE, DispatchStatus.ON_SITE];
const OUTCOMES = [DispatchStatus.CHILD_SAFE, DispatchStatus.UNABLE_TO_LOCATE];

/**
 * A social worker sent to a child (DOMAIN.md promise 1), with the deadlines that apply to this dispatch.
 * A reassignment ends this record as REASSIGNED and opens another, so the history stays.
 */
@Entity({ tableName: 'dispatch' })
@Index({ properties: ['status', 'acknowledgeBy'] })
@ObjectType({ description: 'A social worker sent to the child of a case, with deadlines and progress.' })
export class Dispatch extends BaseEntity {
  @ManyToOne(() => ProtectionCase, { deleteRule: 'restrict' })
  protectionCase!: ProtectionCase;

  @ManyToOne(() => Worker, { deleteRule: 'restrict' })
  worker!: Worker;

  @Field(() => DispatchStatus, { description: 'Where the worker stands.' })
  @Enum({ items: () => DispatchStatus, nativeEnumName: 'dispatch_status' })
  status: Opt<DispatchStatus> = DispatchStatus.DISPATCHED;

  @Field(() => Date, { description: 'The worker must acknowledge by then, or an alert is raised.' })
  @Property({ type: 'datetime' })
  acknowledgeBy!: Date;

  @Field(() => Date, { nullable: true, description: 'The worker must be on site by then (set by risk level), or an alert is raised.' })
  @Property({ type: 'datetime', nullable: true })
  onSiteBy: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the worker acknowledged.' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the worker reported being on site.' })
  @Property({ type: 'datetime', nullable: true })
  onSiteAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the child could not be located, or why the case was reassigned.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** When the missed-acknowledgement alert was raised (once). */
  @Property({ type: 'datetime', nullable: true })
  acknowledgeAlertAt: Date | null = null;

  /** When the missed-on-site alert was raised (once). */
  @Property({ type: 'datetime', nullable: true })
  onSiteAlertAt: Date | null = null;

  /** The staff account that dispatched. */
  @Property({ type: 'uuid', nullable: true })
  dispatchedBy: string | null = null;

  isActive(): boolean {
    return PROGRESS.includes(this.status);
  }

  /** Records the worker's progress; an outcome ends the dispatch, UNABLE_TO_LOCATE needs a reason. */
  recordProgress(next: DispatchStatus, reason: string | null, at: Date): void {
    if (!this.isActive()) throw new ConflictError(`This dispatch has ended (${this.status}).`, { field: 'status' });
    if (next === DispatchStatus.REASSIGNED || next === DispatchStatus.DISPATCHED) {
      throw new BadUserInputError(`${next} is not a progress update.`, { field: 'status' });
    }
    const isOutcome = OUTCOMES.includes(next);
    if (!isOutcome && PROGRESS.indexOf(next) <= PROGRESS.indexOf(this.status)) {
      throw new ConflictError(`A dispatch that is ${this.status} cannot go to ${next}.`, { field: 'status' });
    }
    if (next === DispatchStatus.UNABLE_TO_LOCATE && !reason?.trim()) {
      throw new BadUserInputError('Say why the child could not be located.', { field: 'reason' });
    }
    if (!this.acknowledgedAt) this.acknowledgedAt = at;
    if ((next === DispatchStatus.ON_SITE || isOutcome) && !this.onSiteAt && next !== DispatchStatus.UNABLE_TO_LOCATE) this.onSiteAt = at;
    this.status = next;
    if (reason?.trim()) this.reason = reason.trim();
  }

  reassign(reason: string): void {
    this.status = DispatchStatus.REASSIGNED;
    this.reason = reason;
  }
}
