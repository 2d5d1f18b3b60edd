import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, type Page, PageArgs } from '../shared/pagination';
import { HotlineReport } from './hotline-report.entity';
import { HotlineReportQueries } from './hotline-report.queries';
import { ReportKind } from './hotline.enums';
import { Guarded } from '../shared/auth/guarded';
import type { RequestContext } from '../shared/request-context';
import { HotlineReceipt, HotlineReportStatus, SubmitHotlineReportInput } from './hotline.inputs';
import { HotlineService } from './hotline.service';

@ObjectType({ description: 'A page of reports you may read, newest first.' })
class HotlineReportConnection extends Connection(HotlineReport) {}

@ArgsType()
class HotlineReportsArgs extends PageArgs {
  @Field(() => ReportKind, { nullable: true, description: 'Only reports of this kind.' })
  kind?: ReportKind;
}

/** Intake is open to everyone (DOMAIN.md promises 1 to 3); what comes back is a receipt and nothing more. */
@Resolver()
export class HotlineResolver {
  @Guarded()
  @Mutation(() => HotlineReceipt, {
    description:
      'Reports a child at risk, an unresponsive officer or misuse of aid money. Open to anyone; anonymous reports are rate-limited per address (RATE_LIMITED).',
  })
  submitHotlineReport(@Arg('input') input: SubmitHotlineReportInput, @Ctx() context: RequestContext): Promise<HotlineReceipt> {
    return new HotlineService(context).submit(input);
  }

  @Guarded()
  @Query(() => HotlineReportStatus, { nullable: true, description: "A report's coarse status by its tracking code; null for an unknown code." })
  hotlineReportStatus(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() context: RequestContext): Promise<HotlineReportStatus | null> {
    return new HotlineService(context).status(trackingCode);
  }

  @Guarded()
  @Query(() => HotlineReport, { nullable: true, description: 'A report you may read (complaints: auditors and administrators only), or null.' })
  hotlineReport(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<HotlineReport | null> {
    return new HotlineReportQueries(context).findById(id);
  }

  @Guarded()
  @Query(() => HotlineReportConnection, { description: 'Reports you may read, newest first: complaints for auditors and administrators, children at risk for casework staff in scope.' })
  hotlineReports(@Args() { kind, first, after }: HotlineReportsArgs, @Ctx() context: RequestContext): Promise<Page<HotlineReport>> {
    return new HotlineReportQueries(context).list(kind, first, after);
  }
}
