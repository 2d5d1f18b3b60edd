import { Institution } from '../institutions/institution.entity';
import { BadUserInputError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { CaseNote, CaseReferral } from './case-records.entities';
import { CaseWorkService, recordCaseChange } from './case-work.service';
import { CaseEventKind, type ReferralStatus } from './case.enums';

export interface ReferralInput {
  caseId: string;
  institutionId?: string;
  serviceName?: string;
  reason: string;
}

/** Notes and referrals on a case, each on the timeline with who and when. */
export class CaseRecordsService {
  private readonly cases: CaseWorkService;

  constructor(private readonly context: RequestContext) {
    this.cases = new CaseWorkService(context);
  }

  private staffId(): string | null {
    return this.context.actor.kind === 'STAFF' ? this.context.actor.staffAccountId : null;
  }

  async addNote(caseId: string, text: string): Promise<CaseNote> {
    if (!text.trim() || text.length > 4000) throw new BadUserInputError('text must be 1 to 4000 characters.', { field: 'text' });
    return this.context.em.fork().transactional(async (em) => {
      const protectionCase = await this.cases.requireCase(caseId, em);
      const note = em.create(CaseNote, { protectionCase, text: text.trim(), authorId: this.staffId() });
      await em.flush();
      // The note itself stays on the case: the feed only says that one was added.
      await recordCaseChange(em, this.context, protectionCase, { kind: CaseEventKind.NOTE_ADDED, detail: null });
      return note;
    });
  }

  async refer(input: ReferralInput): Promise<CaseReferral> {
    if (!input.institutionId === !input.serviceName?.trim()) {
      throw new BadUserInputError('Refer to either a registered institution (institutionId) or another service (serviceName).', { field: 'institutionId' });
    }
    return this.context.em.fork().transactional(async (em) => {
      const protectionCase = await this.cases.requireCase(input.caseId, em);
      const institution = input.institutionId ? await em.findOne(Institution, input.institutionId) : null;
      if (input.institutionId && !institution) throw new NotFoundError('institution', input.institutionId);
      const referral = em.create(CaseReferral, {
        protectionCase,
        institution,
        serviceName: input.serviceName?.trim() || null,
        reason: input.reason.trim(),
        referredBy: this.staffId(),
      });
      await em.flush();
      await recordCaseChange(em, this.context, protectionCase, { kind: CaseEventKind.REFERRED, detail: `Referred to ${institution?.name ?? referral.serviceName}` });
      return referral;
    });
  }

  async recordReferralOutcome(referralId: string, status: ReferralStatus, note: string | null): Promise<CaseReferral> {
    return this.context.em.fork().transactional(async (em) => {
      const referral = await em.findOne(CaseReferral, referralId, { populate: ['institution'] });
      if (!referral) throw new NotFoundError('referral', referralId);
      const protectionCase = await this.cases.requireCase(referral.protectionCase.id, em);
      referral.recordOutcome(status, note);
      await em.flush();
      await recordCaseChange(em, this.context, protectionCase, {
        kind: CaseEventKind.REFERRAL_UPDATED,
        detail: `${referral.institution?.name ?? referral.serviceName}: ${status}`,
      });
      return referral;
    });
  }
}
