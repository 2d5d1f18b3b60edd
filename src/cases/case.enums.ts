import { registerEnumType } from 'type-graphql';

/** Case workflow as Primero knows it. */
export enum CaseStatus {
  NEW = 'NEW',
  ASSESSMENT = 'ASSESSMENT',
  CASE_PLAN = 'CASE_PLAN',
  SERVICE_PROVISION = 'SERVICE_PROVISION',
  MONITORING = 'MONITORING',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a protection case stands in its workflow.' });

export enum CasePriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
  LOW = 'LOW',
}
registerEnumType(CasePriority, { name: 'CasePriority', description: 'How soon the office must act, set at triage.' });

/** Who may receive an event: casework staff within their scope, or the oversight roles only. */
export enum EventAudience {
  CASEWORK = 'CASEWORK',
  OVERSIGHT = 'OVERSIGHT',
}
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description: 'CASEWORK events reach hotline operators, supervisors and social workers in scope; OVERSIGHT events (complaints) reach auditors and administrators only.',
});

export enum CaseEventKind {
  REPORT_RECEIVED = 'REPORT_RECEIVED',
  CASE_OPENED = 'CASE_OPENED',
  REPORT_JOINED_CASE = 'REPORT_JOINED_CASE',
  TRIAGED = 'TRIAGED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  CLOSED = 'CLOSED',
  DISPATCHED = 'DISPATCHED',
  DISPATCH_UPDATED = 'DISPATCH_UPDATED',
  DEADLINE_MISSED = 'DEADLINE_MISSED',
  NOTE_ADDED = 'NOTE_ADDED',
  REFERRED = 'REFERRED',
  REFERRAL_UPDATED = 'REFERRAL_UPDATED',
}
registerEnumType(CaseEventKind, { name: 'CaseEventKind', description: 'What happened, in the live case feed.' });

/** Where a dispatched social worker stands; REASSIGNED when the case went to someone else. */
export enum DispatchStatus {
  DISPATCHED = 'DISPATCHED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  EN_ROUTE = 'EN_ROUTE',
  ON_SITE = 'ON_SITE',
  CHILD_SAFE = 'CHILD_SAFE',
  UNABLE_TO_LOCATE = 'UNABLE_TO_LOCATE',
  REASSIGNED = 'REASSIGNED',
}
registerEnumType(DispatchStatus, {
  name: 'DispatchStatus',
  description: 'Where a dispatched social worker stands: DISPATCHED, ACKNOWLEDGED, EN_ROUTE, ON_SITE, then CHILD_SAFE or UNABLE_TO_LOCATE; REASSIGNED when the case went to another worker.',
});

/** Where a referral to an institution or service stands. */
export enum ReferralStatus {
  REFERRED = 'REFERRED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Where a referral stands: REFERRED, then ACCEPTED or DECLINED; an accepted one becomes COMPLETED.' });
