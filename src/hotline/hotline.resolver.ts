import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../shared/auth/allow';
import { AccessRule } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { HotlineReceipt, HotlineReportStatus, SubmitHotlineReportInput } from './hotline.inputs';
import { HotlineService } from './hotline.service';

/** Intake is open to everyone (DOMAIN.md promises 1 to 3); what comes back is a receipt and nothing more. */
@Resolver()
export class HotlineResolver {
  @Allow(AccessRule.PUBLIC)
  @Mutation(() => HotlineReceipt, {
    description:
      'Reports a child at risk, an unresponsive officer or misuse of aid money. Open to anyone; anonymous reports are rate-limited per address (RATE_LIMITED).',
  })
  submitHotlineReport(@Arg('input') input: SubmitHotlineReportInput, @Ctx() context: RequestContext): Promise<HotlineReceipt> {
    return new HotlineService(context).submit(input);
  }

  @Allow(AccessRule.PUBLIC)
  @Query(() => HotlineReportStatus, { nullable: true, description: "A report's coarse status by its tracking code; null for an unknown code." })
  hotlineReportStatus(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() context: RequestContext): Promise<HotlineReportStatus | null> {
    return new HotlineService(context).status(trackingCode);
  }
}
