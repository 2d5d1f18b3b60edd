import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { RiskLevel } from '../children/child.enums';
import { JakartaArea } from '../shared/auth/roles';
import { BaseEntity } from '../shared/database/base.entity';
import { BadUserInputError, ConflictError } from '../shared/errors/domain-error';
import { CasePriority, CaseStatus } from './case.enums';

/** The workflow, in one place: from each status, where a case may go next. */
const NEXT_STATUSES: Record<CaseStatus, CaseStatus[]> = {
  [CaseStatus.NEW]: [CaseStatus.ASSESSMENT, CaseStatus.CLOSED],
  [CaseStatus.ASSESSMENT]: [CaseStatus.CASE_PLAN, CaseStatus.CLOSED],
  [CaseStatus.CASE_PLAN]: [CaseStatus.SERVICE_PROVISION, CaseStatus.CLOSED],
  [CaseStatus.SERVICE_PROVISION]: [CaseStatus.MONITORING, CaseStatus.CLOSED],
  [CaseStatus.MONITORING]: [CaseStatus.SERVICE_PROVISION, CaseStatus.CLOSED],
  [CaseStatus.CLOSED]: [CaseStatus.REOPENED],
  [CaseStatus.REOPENED]: [CaseStatus.ASSESSMENT, CaseStatus.CASE_PLAN, CaseStatus.SERVICE_PROVISION, CaseStatus.MONITORING, CaseStatus.CLOSED],
};

/** A child-protection case: opened by a CHILD_AT_RISK report, about a registered or a to-be-identified child. */
@Entity({ tableName: 'protection_case' })
@ObjectType({ description: 'A child-protection case, opened by a report about a child at risk.' })
export class ProtectionCase extends BaseEntity {
  @Field(() => Int, { description: 'Optimistic lock: send it back with a change; a stale one is refused with CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => String, { description: 'Human-readable case number, e.g. PC-2026-000123.' })
  @Property({ type: 'string', length: 20, unique: true })
  caseNumber!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands in its workflow.' })
  @Index()
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: Opt<CaseStatus> = CaseStatus.NEW;

  @Field(() => RiskLevel, { nullable: true, description: 'Risk level set at triage; null until triaged.' })
  @Enum({ items: () => RiskLevel, nullable: true, nativeEnumName: 'risk_level' })
  riskLevel: RiskLevel | null = null;

  @Field(() => CasePriority, { nullable: true, description: 'Priority set at triage; null until triaged.' })
  @Enum({ items: () => CasePriority, nullable: true, nativeEnumName: 'case_priority' })
  priority: CasePriority | null = null;

  @Field(() => JakartaArea, { nullable: true, description: 'The area where the child was reported.' })
  @Index()
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  /** The registered child, once identified; null while the child is still to be identified. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  childId: string | null = null;

  @Field(() => String, { nullable: true, description: 'What is known about a child not yet identified in the registry.' })
  @Property({ type: 'text', nullable: true })
  unidentifiedChildDescription: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the case was closed; null while open.' })
  @Property({ type: 'text', nullable: true })
  closureReason: string | null = null;

  /** Moves the case along its workflow; closing needs a reason, and a reopened case forgets none of it. */
  transitionTo(next: CaseStatus, reason: string | null): void {
    const allowed = NEXT_STATUSES[this.status as CaseStatus];
    if (!allowed.includes(next)) {
      throw new ConflictError(`A ${this.status} case cannot move to ${next}; it can move to ${allowed.join(' or ')}.`, { field: 'status' });
    }
    if (next === CaseStatus.CLOSED) {
      if (!reason?.trim()) throw new BadUserInputError('Give the reason for closing the case.', { field: 'reason' });
      this.closureReason = reason.trim();
    }
    if (next === CaseStatus.REOPENED) this.closureReason = null;
    this.status = next;
  }
}
