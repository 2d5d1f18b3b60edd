import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { appendCaseEvents, type CaseEventData } from '../cases/case-event.outbox';
import { CaseEventKind, EventAudience } from '../cases/case.enums';
import { ProtectionCaseService } from '../cases/protection-case.service';
import { ChildService } from '../children/child.service';
import { BadUserInputError, ConflictError } from '../shared/errors/domain-error';
import { consumeRateLimit } from '../shared/rate-limit/rate-limiter';
import type { RequestContext } from '../shared/request-context';
import { HotlineReport } from './hotline-report.entity';
import { ReportChannel, ReportKind } from './hotline.enums';
import type { HotlineReceipt, HotlineReportStatus, SubmitHotlineReportInput } from './hotline.inputs';
import { fingerprint, newTrackingCode } from './tracking-code';

const TRACKING_CODE_ATTEMPTS = 3;

/** Intake: reports from the public, calls and walk-ins; a receipt means the report is stored. */
export class HotlineService {
  constructor(private readonly context: RequestContext) {}

  async submit(input: SubmitHotlineReportInput): Promise<HotlineReceipt> {
    const { actor, em, config } = this.context;
    if (actor.kind === 'PUBLIC') {
      await consumeRateLimit(em, `hotline-report:${this.context.clientAddress ?? 'unknown'}`, {
        limit: config.hotline.publicReportLimit,
        windowSeconds: config.hotline.publicReportWindowSeconds,
      });
      if (input.childId) throw new BadUserInputError('Only staff can link a registered child; describe the child instead.', { field: 'childId' });
    }
    if (input.channel === ReportChannel.INSTITUTION_WALK_IN && !input.institutionId) {
      throw new BadUserInputError('A walk-in report names the institution where it was taken.', { field: 'institutionId' });
    }
    if (input.childId) await new ChildService(this.context).requireChild(input.childId);
    const { idempotencyKey, ...content } = input;
    const contentFingerprint = fingerprint(content);
    if (idempotencyKey) {
      const earlier = await this.receiptForRetry(idempotencyKey, contentFingerprint);
      if (earlier) return earlier;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        const report = await this.store(input, contentFingerprint);
        return { trackingCode: report.trackingCode, receivedAt: report.createdAt };
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        // Two retries raced with the same key: the winner's receipt is the answer.
        const earlier = idempotencyKey ? await this.receiptForRetry(idempotencyKey, contentFingerprint) : null;
        if (earlier) return earlier;
        if (attempt >= TRACKING_CODE_ATTEMPTS) throw error;
      }
    }
  }

  /** The coarse status for the reporter, or null for an unknown code (rate-limited like intake). */
  async status(trackingCode: string): Promise<HotlineReportStatus | null> {
    const { actor, em, config } = this.context;
    if (actor.kind === 'PUBLIC') {
      await consumeRateLimit(em, `hotline-status:${this.context.clientAddress ?? 'unknown'}`, {
        limit: config.hotline.publicReportLimit * 3,
        windowSeconds: config.hotline.publicReportWindowSeconds,
      });
    }
    const report = await em.fork().findOne(HotlineReport, { trackingCode: trackingCode.trim().toUpperCase() });
    return report ? { trackingCode: report.trackingCode, status: report.status } : null;
  }

  private async receiptForRetry(idempotencyKey: string, contentFingerprint: string): Promise<HotlineReceipt | null> {
    const earlier = await this.context.em.fork().findOne(HotlineReport, { idempotencyKey });
    if (!earlier) return null;
    if (earlier.contentFingerprint !== contentFingerprint) {
      throw new ConflictError('This idempotencyKey was already used for a different report; use a new key for a new report.', {
        field: 'idempotencyKey',
      });
    }
    return { trackingCode: earlier.trackingCode, receivedAt: earlier.createdAt };
  }

  /** The report, its event and (for a child at risk) its case, in one transaction. */
  private async store(input: SubmitHotlineReportInput, contentFingerprint: string): Promise<HotlineReport> {
    const { actor, events } = this.context;
    const actorId = actor.kind === 'STAFF' ? actor.staffAccountId : null;
    return this.context.em.fork().transactional(async (em) => {
      const report = em.create(HotlineReport, {
        trackingCode: newTrackingCode(),
        idempotencyKey: input.idempotencyKey ?? null,
        contentFingerprint,
        channel: input.channel,
        kind: input.kind,
        description: input.description.trim(),
        area: input.area ?? null,
        kecamatanCode: input.kecamatanCode ?? null,
        kelurahanCode: input.kelurahanCode ?? null,
        locationDetail: input.locationDetail ?? null,
        childDescription: input.childDescription ?? null,
        childId: input.childId ?? null,
        institutionId: input.institutionId ?? null,
        accusedWorkerId: input.accusedWorkerId ?? null,
        reporterName: input.reporterName ?? null,
        reporterContact: input.reporterContact ?? null,
        takenBy: actorId,
      });
      const casework = input.kind === ReportKind.CHILD_AT_RISK;
      const received: CaseEventData = {
        kind: CaseEventKind.REPORT_RECEIVED,
        audience: casework ? EventAudience.CASEWORK : EventAudience.OVERSIGHT,
        reportId: report.id,
        caseId: null,
        reportKind: report.kind,
        area: report.area,
        riskLevel: null,
        actorId,
      };
      const caseEvent = casework ? await new ProtectionCaseService(em).caseEventForReport(report, actorId) : null;
      await em.flush();
      // The events last, together: the event writers' lock is held only from here to the commit.
      await appendCaseEvents(em, events, caseEvent ? [received, caseEvent] : [received]);
      return report;
    });
  }
}
