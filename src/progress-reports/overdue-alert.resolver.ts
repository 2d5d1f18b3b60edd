import { Arg, Ctx, FieldResolver, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Child } from '../children/child.entity';
import { ChildService } from '../children/child.service';
import { Guarded } from '../shared/auth/guarded';
import { JakartaArea } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { overdueAlertFeed, type OverdueAlertFilter } from './overdue-alert-feed';
import { OverdueReportAlert } from './overdue-alert.entities';

/** Overdue accountability reports, pushed live to the supervisors who must act on them. */
@Resolver(() => OverdueReportAlert)
export class OverdueReportAlertResolver {
  @Guarded()
  @Subscription(() => OverdueReportAlert, {
    description:
      "Overdue-report alerts as they are raised: a supervisor receives their area's, the supervisors' head (no area) every area's from level 2, an administrator all. With afterSequence, first replays what you missed, with no gap and no duplicate.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, OverdueAlertFilter, RequestContext>) => overdueAlertFeed(context, args),
  })
  overdueReportAlerts(
    @Root() alert: OverdueReportAlert,
    @Arg('afterSequence', () => String, { nullable: true, description: 'Replay alerts after this sequence first ("0": every alert you may see).' }) _afterSequence?: string,
    @Arg('areas', () => [JakartaArea], { nullable: true, description: 'Only alerts of these areas.' }) _areas?: JakartaArea[],
    @Arg('minimumLevel', () => Int, { nullable: true, description: 'Only alerts of this level or higher (1 to 3).' }) _minimumLevel?: number,
  ): OverdueReportAlert {
    return { ...alert, sequence: String(alert.sequence) };
  }

  @Guarded()
  @FieldResolver(() => Child, { nullable: true, description: 'The child the report is owed on, when you may see the child; null otherwise.' })
  child(@Root() alert: OverdueReportAlert, @Ctx() context: RequestContext): Promise<Child | null> {
    return new ChildService({ ...context, em: context.em.fork() as EntityManager }).findVisible(alert.childId);
  }

  @Guarded()
  @FieldResolver(() => Worker, { description: 'The companion who owes the report.' })
  async companion(@Root() alert: OverdueReportAlert, @Ctx() context: RequestContext): Promise<Worker> {
    return context.em.fork().findOneOrFail(Worker, alert.companionId);
  }
}
