/** What other domains may use from aid: the overdue-report escalation suspends and reinstates grants. */
export { reinstateChildAidGrants, suspendChildAidGrants } from './grant-transitions';
export { AidGrant } from './aid-grant.entity';
