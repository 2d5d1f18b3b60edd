import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { RiskLevel } from '../children/child.enums';
import { ReportKind } from '../hotline/hotline.enums';
import { JakartaArea } from '../shared/auth/roles';
import { CaseEventKind, EventAudience } from './case.enums';

/**
 * The case feed's outbox: one row per event, written in the same transaction as the change it reports.
 * `sequence` grows with commit order (writers take one advisory lock), so a subscriber that resumes
 * after sequence N gets exactly what it missed.
 */
@Entity({ tableName: 'case_event' })
@Index({ properties: ['audience', 'sequence'] })
@Index({ properties: ['caseId', 'sequence'] })
export class CaseEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  sequence!: string;

  @Enum({ items: () => CaseEventKind, nativeEnumName: 'case_event_kind' })
  kind!: CaseEventKind;

  @Enum({ items: () => EventAudience, nativeEnumName: 'event_audience' })
  audience!: EventAudience;

  @Property({ type: 'uuid', nullable: true })
  reportId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Enum({ items: () => ReportKind, nullable: true, nativeEnumName: 'report_kind' })
  reportKind: ReportKind | null = null;

  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Enum({ items: () => RiskLevel, nullable: true, nativeEnumName: 'risk_level' })
  riskLevel: RiskLevel | null = null;

  /** What changed, in words for the timeline (e.g. "NEW -> ASSESSMENT", a reason). */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  /** The staff account that caused it, or null for the public. */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();
}
