import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { RegistryLoaders } from '../children/child.loaders';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { AidGrant, AidGrantTransition } from './aid-grant.entity';
import { ProgrammeYear } from './aid-programme.entity';
import { AidGrantService } from './aid-grant.service';
import { LedgerShare } from './aid.enums';
import { ProposeAidGrantInput, SuspendAidGrantInput } from './aid.inputs';
import { AidLoaders } from './aid.loaders';
import { LedgerEntry } from './ledger-entry.entity';
import { RupiahScalar } from './rupiah.scalar';

/** Who may read grants: staff who work with the child (within scope), auditors and administrators. */
@Resolver(() => AidGrant)
export class AidGrantResolver {
  @Guarded()
  @Query(() => AidGrant, { nullable: true, description: 'A grant, or null when there is none you may see.' })
  aidGrant(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<AidGrant | null> {
    return new AidGrantService(context).findVisible(id);
  }

  @Guarded()
  @Query(() => [AidGrant], { description: "A child's grants, newest first (the child must be in your scope)." })
  childAidGrants(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<AidGrant[]> {
    return new AidGrantService(context).forChild(childId);
  }

  @Guarded()
  @Mutation(() => AidGrant, { description: "Proposes aid for a child in your scope; the programme's eligibility rule is checked (BAD_USER_INPUT naming the rule in extensions.rule)." })
  proposeAidGrant(@Arg('input') input: ProposeAidGrantInput, @Ctx() context: RequestContext): Promise<AidGrant> {
    return new AidGrantService(context).propose({
      childId: input.childId,
      programme: input.programme,
      year: input.year,
      beneficiaryId: input.beneficiaryId ?? null,
      specialProtectionReason: input.specialProtectionReason ?? null,
    });
  }

  @Guarded()
  @Mutation(() => AidGrant, { description: 'Approves a proposed grant; the proposer may not approve it (FOUR_EYES_REQUIRED).' })
  approveAidGrant(@Arg('grantId', () => ID) grantId: string, @Ctx() context: RequestContext): Promise<AidGrant> {
    return new AidGrantService(context).approve(grantId);
  }

  @Guarded()
  @Mutation(() => AidGrant, { description: 'Suspends payments on a grant, with the reason category and detail.' })
  suspendAidGrant(@Arg('input') input: SuspendAidGrantInput, @Ctx() context: RequestContext): Promise<AidGrant> {
    return new AidGrantService(context).suspend(input.grantId, input.reason, input.detail);
  }

  @Guarded()
  @Mutation(() => AidGrant, { description: 'Lifts a suspension: payments are allowed again.' })
  reinstateAidGrant(
    @Arg('grantId', () => ID) grantId: string,
    @Arg('detail', () => String, { description: 'Why the suspension is lifted.' }) detail: string,
    @Ctx() context: RequestContext,
  ): Promise<AidGrant> {
    return new AidGrantService(context).reinstate(grantId, detail);
  }

  @Guarded()
  @Mutation(() => AidGrant, { description: 'Ends a grant for good.' })
  terminateAidGrant(
    @Arg('grantId', () => ID) grantId: string,
    @Arg('detail', () => String, { description: 'Why the grant ends.' }) detail: string,
    @Ctx() context: RequestContext,
  ): Promise<AidGrant> {
    return new AidGrantService(context).terminate(grantId, detail);
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child, when in your scope (auditors see grants, not children).' })
  child(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<Child | null> {
    return new RegistryLoaders(context).childById.load(grant.child.id);
  }

  @Guarded()
  @FieldResolver(() => ProgrammeYear, { description: 'The programme year and its amounts.' })
  async programmeYear(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<ProgrammeYear> {
    return (await new AidLoaders(context).programmeYearById.load(grant.programmeYear.id)) as ProgrammeYear;
  }

  @Guarded()
  @FieldResolver(() => [AidGrantTransition], { description: 'Every transition, oldest first: who, when, why.' })
  history(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<AidGrantTransition[]> {
    return new AidLoaders(context).historyOfGrant.load(grant.id);
  }

  @Guarded()
  @FieldResolver(() => [LedgerEntry], { description: 'The ledger lines of the grant, in the order recorded.' })
  ledgerEntries(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<LedgerEntry[]> {
    return new AidLoaders(context).ledgerOfGrant.load(grant.id);
  }

  @Guarded()
  @FieldResolver(() => RupiahScalar, { description: "Paid on the child's share, net of reversals." })
  async childShareDisbursed(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<string> {
    return sum(await new AidLoaders(context).ledgerOfGrant.load(grant.id), (share) => share === LedgerShare.CHILD);
  }

  @Guarded()
  @FieldResolver(() => RupiahScalar, { description: 'Paid on the second share, net of reversals.' })
  async secondShareDisbursed(@Root() grant: AidGrant, @Ctx() context: RequestContext): Promise<string> {
    return sum(await new AidLoaders(context).ledgerOfGrant.load(grant.id), (share) => share !== LedgerShare.CHILD);
  }
}

function sum(entries: LedgerEntry[], include: (share: LedgerShare) => boolean): string {
  return entries.filter((entry) => include(entry.share)).reduce((total, entry) => total + BigInt(entry.amount), 0n).toString();
}
