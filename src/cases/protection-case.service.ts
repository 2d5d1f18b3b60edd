import type { EntityManager } from '@mikro-orm/postgresql';
import type { HotlineReport } from '../hotline/hotline-report.entity';
import type { CaseEventData } from './case-event.outbox';
import { CaseEventKind, CaseStatus, EventAudience } from './case.enums';
import { ProtectionCase } from './protection-case.entity';

/**
 * Opens protection cases from reports. A report about a registered child who already has an open case
 * joins that case; otherwise a new case opens, for a registered or a to-be-identified child.
 */
export class ProtectionCaseService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Call inside the report's transaction, before the report is flushed: the report is linked to the case it
   * opens or joins (a new case is written with the report, or not at all), and the event that says which is
   * returned for the caller to append with the report's own.
   */
  async caseEventForReport(report: HotlineReport, actorId: string | null): Promise<CaseEventData> {
    const open = report.childId
      ? await this.em.findOne(ProtectionCase, { childId: report.childId, status: { $ne: CaseStatus.CLOSED } }, { orderBy: { createdAt: 'desc' } })
      : null;
    const protectionCase =
      open ??
      this.em.create(ProtectionCase, {
        caseNumber: await this.nextCaseNumber(),
        area: report.area,
        childId: report.childId,
        unidentifiedChildDescription: report.childId ? null : report.childDescription,
      });
    report.protectionCaseId = protectionCase.id;
    return {
      kind: open ? CaseEventKind.REPORT_JOINED_CASE : CaseEventKind.CASE_OPENED,
      audience: EventAudience.CASEWORK,
      reportId: report.id,
      caseId: protectionCase.id,
      reportKind: report.kind,
      area: protectionCase.area,
      riskLevel: protectionCase.riskLevel,
      actorId,
    };
  }

  /** PC-<year>-<number>, numbered by a database sequence so instances never hand out the same number. */
  private async nextCaseNumber(): Promise<string> {
    const [row] = await this.em.execute<Array<{ number: string; year: string }>>(
      "select nextval('protection_case_number_seq') as number, to_char(now() at time zone 'Asia/Jakarta', 'YYYY') as year",
    );
    return `PC-${row.year}-${row.number.padStart(6, '0')}`;
  }
}
