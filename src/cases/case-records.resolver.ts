import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { RegistryLoaders } from '../children/child.loaders';
import { Institution } from '../institutions/institution.entity';
import { Guarded } from '../shared/auth/guarded';
import { groupByKeys } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { CaseNote, CaseReferral } from './case-records.entities';
import { CaseRecordsService } from './case-records.service';
import { ReferralStatus } from './case.enums';
import { ProtectionCase } from './protection-case.entity';

@InputType({ description: 'A referral of a case to a registered institution or to another service.' })
export class ReferProtectionCaseInput {
  @Field(() => ID, { description: 'The case to refer.' })
  @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'A registered institution; give this or serviceName.' })
  @IsOptional()
  @IsUUID('4', { message: 'institutionId must be a UUID' })
  institutionId?: string;

  @Field(() => String, { nullable: true, description: 'Another service, e.g. "Puskesmas Kecamatan Jatinegara"; give this or institutionId.' })
  @IsOptional()
  @Length(2, 200, { message: 'serviceName must be 2 to 200 characters' })
  serviceName?: string;

  @Field(() => String, { description: 'Why the child is referred, 3 to 2000 characters.' })
  @Length(3, 2000, { message: 'reason must be 3 to 2000 characters' })
  reason!: string;
}

/** Notes and referrals: the casework around a protection case. */
@Resolver(() => ProtectionCase)
export class CaseRecordsResolver {
  @Guarded()
  @Mutation(() => CaseNote, { description: 'Adds a note to a case you may see; the timeline and feed record that a note was added.' })
  addCaseNote(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('text', () => String, { description: 'The note, 1 to 4000 characters.' }) text: string,
    @Ctx() context: RequestContext,
  ): Promise<CaseNote> {
    return new CaseRecordsService(context).addNote(caseId, text);
  }

  @Guarded()
  @Mutation(() => CaseReferral, { description: 'Refers a case to an institution or another service.' })
  referProtectionCase(@Arg('input') input: ReferProtectionCaseInput, @Ctx() context: RequestContext): Promise<CaseReferral> {
    return new CaseRecordsService(context).refer(input);
  }

  @Guarded()
  @Mutation(() => CaseReferral, { description: 'Records the answer to a referral: ACCEPTED or DECLINED, then COMPLETED.' })
  recordReferralOutcome(
    @Arg('referralId', () => ID) referralId: string,
    @Arg('status', () => ReferralStatus) status: ReferralStatus,
    @Arg('note', () => String, { nullable: true, description: 'What the institution or service answered.' }) note: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CaseReferral> {
    return new CaseRecordsService(context).recordReferralOutcome(referralId, status, note ?? null);
  }

  @Guarded()
  @FieldResolver(() => [CaseNote], { description: 'Notes on the case, oldest first.' })
  notes(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<CaseNote[]> {
    return context.loaders
      .get('case-notes', async (caseIds: readonly string[]) => {
        const rows = await context.em.find(CaseNote, { protectionCase: { $in: [...caseIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        return groupByKeys(caseIds, rows, (row) => row.protectionCase.id);
      })
      .load(protectionCase.id);
  }

  @Guarded()
  @FieldResolver(() => [CaseReferral], { description: 'Referrals of the case, oldest first.' })
  referrals(@Root() protectionCase: ProtectionCase, @Ctx() context: RequestContext): Promise<CaseReferral[]> {
    return context.loaders
      .get('case-referrals', async (caseIds: readonly string[]) => {
        const rows = await context.em.find(CaseReferral, { protectionCase: { $in: [...caseIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        return groupByKeys(caseIds, rows, (row) => row.protectionCase.id);
      })
      .load(protectionCase.id);
  }
}

@Resolver(() => CaseReferral)
export class CaseReferralResolver {
  @Guarded()
  @FieldResolver(() => Institution, { nullable: true, description: 'The institution referred to, when it is a registered one.' })
  institution(@Root() referral: CaseReferral, @Ctx() context: RequestContext): Promise<Institution | null> {
    return referral.institution ? new RegistryLoaders(context).institutionById.load(referral.institution.id) : Promise.resolve(null);
  }
}
