/** What other domains may use from aid: overdue-report escalation and spot checks suspend and reinstate grants. */
export { type ChildAidReviewReason, reinstateChildAidGrants, suspendChildAidGrants } from './grant-transitions';
export { AidGrant } from './aid-grant.entity';
