import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { HotlineReport } from '../hotline/hotline-report.entity';
import { Guarded } from '../shared/auth/guarded';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import type { RequestContext } from '../shared/request-context';
import { AidGrant } from './aid-grant.entity';
import { AidLedgerFilter, RecordDisbursementInput } from './aid.inputs';
import { AidLoaders } from './aid.loaders';
import { DisbursementService } from './disbursement.service';
import { LedgerEntry } from './ledger-entry.entity';
import { AidLedgerQueries } from './ledger.queries';

@ObjectType({ description: 'A page of ledger lines, in the order recorded.' })
class LedgerEntryConnection extends Connection(LedgerEntry) {}

@ObjectType({ description: "An auditor's view of the ledger: the lines, and the complaints of misused funds naming the institution or worker filtered on." })
export class AidLedgerView {
  @Field(() => LedgerEntryConnection, { description: 'The ledger lines matching the filter.' })
  entries!: Page<LedgerEntry>;

  @Field(() => [HotlineReport], { description: 'FUND_MISUSE complaints naming the filtered institution or worker, newest first; empty without either filter.' })
  complaints!: HotlineReport[];
}

@ArgsType()
class AidLedgerArgs extends PageArgs {
  @Field(() => AidLedgerFilter, { nullable: true, description: 'Which lines: by institution, worker (companion) and programme year; all without it.' })
  @IsOptional()
  @ValidateNested()
  filter?: AidLedgerFilter;
}

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  @Guarded()
  @Mutation(() => LedgerEntry, { description: 'Records a payment from an APPROVED, DISBURSED or REINSTATED grant (GRANT_NOT_PAYABLE otherwise); a share never passes its programme year amount (ENTITLEMENT_EXCEEDED).' })
  recordDisbursement(@Arg('input') input: RecordDisbursementInput, @Ctx() context: RequestContext): Promise<LedgerEntry> {
    return new DisbursementService(context).record(input);
  }

  @Guarded()
  @Mutation(() => LedgerEntry, { description: 'Reverses a payment, once, with a negative entry pointing at it; the ledger is never edited.' })
  reverseLedgerEntry(
    @Arg('entryId', () => ID, { description: 'The payment to reverse.' }) entryId: string,
    @Arg('reason', () => String, { description: 'Why it is reversed.' }) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<LedgerEntry> {
    return new DisbursementService(context).reverse(entryId, reason);
  }

  @Guarded()
  @Query(() => AidLedgerView, { description: 'The ledger for auditors, with the complaints of misused funds naming the institution or worker.' })
  async aidLedger(@Args() args: AidLedgerArgs, @Ctx() context: RequestContext): Promise<AidLedgerView> {
    const queries = new AidLedgerQueries(context);
    const filter = args.filter ?? {};
    return { entries: await queries.page(filter, args.first, args.after), complaints: await queries.complaints(filter) };
  }

  @Guarded()
  @FieldResolver(() => AidGrant, { nullable: true, description: 'The grant paid from (null if you may not see it).' })
  grant(@Root() entry: LedgerEntry, @Ctx() context: RequestContext): Promise<AidGrant | null> {
    return new AidLoaders(context).grantById.load(entry.grant.id);
  }

  @Guarded()
  @FieldResolver(() => ID, { nullable: true, description: 'The payment this entry reverses; null for a payment.' })
  reversesEntryId(@Root() entry: LedgerEntry): string | null {
    return entry.reverses?.id ?? null;
  }
}
