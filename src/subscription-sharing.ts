import { caseFeedAccessKey } from './cases/case-feed.access';
import type { SubscriptionSharing } from './shared/events/shared-subscriptions';

/**
 * The subscriptions whose subscribers, alike in what the feed's access looks at, share one execution per
 * event (src/shared/events/shared-subscriptions.ts). A feed joins this table only when its delivery rule
 * reads nothing of the subscriber but what its `accessKey` holds; every other subscription runs per subscriber.
 */
export const SUBSCRIPTION_SHARING: Readonly<Record<string, SubscriptionSharing>> = {
  caseFeed: { accessKey: caseFeedAccessKey, ownFeedArguments: ['afterSequence'] },
};
