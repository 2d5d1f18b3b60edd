import { accessProfileKey } from './shared/auth/actor';
import type { SubscriptionSharing } from './shared/events/shared-subscriptions';

/**
 * The subscriptions whose subscribers, alike in what the feed's access looks at, share one execution per
 * event (src/shared/events/shared-subscriptions.ts). A feed joins this table only when its delivery rule
 * and its entry in the policy table read nothing of the subscriber but what its `accessKey` holds; every
 * other subscription runs per subscriber.
 */
export const SUBSCRIPTION_SHARING: Readonly<Record<string, SubscriptionSharing>> = {
  // `mayReceive` and `receivableCondition` (src/cases/case-feed.access.ts): roles and area.
  caseFeed: { accessKey: accessProfileKey, ownFeedArguments: ['afterSequence'] },
  // `alertAccessCondition` (src/progress-reports/overdue-alert-feed.ts): roles and area.
  overdueReportAlerts: { accessKey: accessProfileKey, ownFeedArguments: ['afterSequence'] },
};
