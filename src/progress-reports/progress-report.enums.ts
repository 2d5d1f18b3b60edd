import { registerEnumType } from 'type-graphql';

export enum ProgressReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(ProgressReportStatus, {
  name: 'ProgressReportStatus',
  description: 'DRAFT while the companion writes; SUBMITTED for review; ACCEPTED, or RETURNED with the reviewer\'s reason to be corrected and resubmitted.',
});

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: "A supervisor's decision on a submitted report." });

/** Where one reporting obligation (a child, a period) stands for the companion who owes it. */
export enum ObligationState {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(ObligationState, {
  name: 'ObligationState',
  description: 'UPCOMING: the period is still running; DUE: ended, not yet submitted, due date ahead; OVERDUE: due date passed without a submission; then SUBMITTED, ACCEPTED or RETURNED.',
});
