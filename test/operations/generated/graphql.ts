/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accreditation grade of an institution (A best). */
export type AccreditationGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'NOT_ACCREDITED';

/** Where an aid grant stands. Payments are recorded only while APPROVED, DISBURSED or REINSTATED. */
export type AidGrantStatus =
  /** Approved by a supervisor other than the proposer; nothing paid yet. */
  | 'APPROVED'
  /** At least one payment was recorded. */
  | 'DISBURSED'
  /** Proposed by a social worker or supervisor; waits for another supervisor to approve it. */
  | 'PROPOSED'
  /** Payments allowed again after a suspension. */
  | 'REINSTATED'
  /** Payments stopped, with a reason category and detail. */
  | 'SUSPENDED'
  /** Ended for good; the child may get a new grant for the programme year. */
  | 'TERMINATED';

/** Which ledger lines an auditor reads. */
export type AidLedgerFilter = {
  /** Only grants whose second share goes to this institution. */
  institutionId?: string | null | undefined;
  /** Only grants whose second share goes to this worker (the companion). */
  workerId?: string | null | undefined;
  /** Only grants of this programme year. */
  year?: number | null | undefined;
};

/** A companion (pendamping) to take over a child, from a given day. */
export type AssignCompanionInput = {
  /** The child to hand over; a child you may not see is NOT_FOUND. */
  childId: string;
  /** The companion (a worker of kind COMPANION). */
  companionId: string;
  /** Why the previous companion, if any, hands over. */
  handoverReason?: string | null | undefined;
  /** First day of the new assignment (YYYY-MM-DD, Asia/Jakarta); the current one ends that day, and a day before it began is refused with BAD_USER_INPUT. */
  startedOn: unknown;
};

/** Whether one participant came. */
export type AttendanceInput = {
  /** Whether they came. */
  attended: boolean;
  /** The participant (its id in the session). */
  participantId: string;
};

/** What an audit entry records: a change, or a read of personal data. */
export type AuditAction =
  | 'CHANGE'
  | 'READ';

/** Whether an expert availability slot repeats every week or is one date only. */
export type AvailabilityRecurrence =
  /** On one date only, at the given Asia/Jakarta times. */
  | 'ONE_OFF'
  /** Every week on the given weekday, at the given Asia/Jakarta times. */
  | 'WEEKLY';

/** Who receives the second share of a grant (200,000 IDR in 2015): set by the programme. */
export type BeneficiaryKind =
  /** The child's companion (pendamping). */
  | 'COMPANION'
  /** The relative who is the guardian (wali) and caregiver, per child. */
  | 'GUARDIAN'
  /** The institution the child is placed in, per child. */
  | 'INSTITUTION';

/** Where and with whom the child lives now. */
export type CareArrangement =
  /** With one or both parents. */
  | 'FAMILY'
  /** Living independently. */
  | 'INDEPENDENT'
  /** In an institution (Panti, LKSA, PSAA, ...). */
  | 'INSTITUTION'
  /** With the extended family (pengasuhan oleh kerabat). */
  | 'KINSHIP_CARE'
  /** No care arrangement known. */
  | 'NONE'
  /** On the street (anak jalanan). */
  | 'STREET';

/** What happened, in the live case feed. */
export type CaseEventKind =
  | 'CASE_OPENED'
  | 'CLOSED'
  | 'DEADLINE_MISSED'
  | 'DISPATCHED'
  | 'DISPATCH_UPDATED'
  | 'NOTE_ADDED'
  | 'REFERRAL_UPDATED'
  | 'REFERRED'
  | 'REPORT_JOINED_CASE'
  | 'REPORT_RECEIVED'
  | 'STATUS_CHANGED'
  | 'TRIAGED';

/** How soon the office must act, set at triage. */
export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Where a protection case stands in its workflow. */
export type CaseStatus =
  | 'ASSESSMENT'
  | 'CASE_PLAN'
  | 'CLOSED'
  | 'MONITORING'
  | 'NEW'
  | 'REOPENED'
  | 'SERVICE_PROVISION';

/** A move of a case along its workflow; the allowed moves are checked. */
export type ChangeProtectionCaseStatusInput = {
  /** The case to move. */
  caseId: string;
  /** The `version` you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Why: required when closing (the closure reason), up to 2000 characters. */
  reason?: string | null | undefined;
  /** Where the case goes; a move the workflow does not allow is CONFLICT. */
  status: CaseStatus;
};

/** An account's new roles and scope; fields left out are cleared. */
export type ChangeStaffAccountAccessInput = {
  /** The area the person works in: social workers and supervisors see the children of this area (a supervisor without one sees all areas). */
  area?: JakartaArea | null | undefined;
  /** The institution the person works for: institution staff see the children placed there now. */
  institutionId?: string | null | undefined;
  /** The roles the account holds: at least one; duplicates are dropped. */
  roles: Array<StaffRole>;
  /** The account to change; NOT_FOUND when there is none. */
  staffAccountId: string;
  /** The person's worker record in the registry: a companion sees the children in this worker's caseload. */
  workerId?: string | null | undefined;
};

/** Which children to list. Conditions add up (AND); the caller's scope always applies. */
export type ChildFilter = {
  /** Children in this area of DKI Jakarta. */
  area?: JakartaArea | null | undefined;
  /** Children with this care arrangement now. */
  careArrangement?: CareArrangement | null | undefined;
  /** Children in this companion's (worker's) caseload now. */
  companionId?: string | null | undefined;
  /** Conditions on admin-defined profile fields, all of which must hold; a field you may not read is refused with BAD_USER_INPUT. */
  customFields?: Array<CustomFieldCondition> | null | undefined;
  /** Children placed in this institution now. */
  institutionId?: string | null | undefined;
  /** Kemendagri code of a kecamatan. */
  kecamatanCode?: string | null | undefined;
  /** At most this old, in whole years. */
  maximumAge?: number | null | undefined;
  /** At least this old, in whole years (Asia/Jakarta date). */
  minimumAge?: number | null | undefined;
  /** Name or nickname, tolerant of spelling variants and missing accents. */
  nameSearch?: string | null | undefined;
  /** Has an open need of this kind, e.g. BIRTH_CERTIFICATE: no akta kelahiran yet. */
  openNeed?: ChildNeedKind | null | undefined;
  /** Children under this PKSA programme. */
  programme?: PksaProgramme | null | undefined;
  /** Children whose record has this status. */
  recordStatus?: RecordStatus | null | undefined;
  /** Any of these risk levels. */
  riskLevels?: Array<RiskLevel> | null | undefined;
};

/** A need a companion looks after (DOMAIN.md promise 6). */
export type ChildNeedKind =
  /** Akta kelahiran. */
  | 'BIRTH_CERTIFICATE'
  /** Access to school: enrolment and level. */
  | 'EDUCATION'
  /** Health care. Sensitive: only roles that care for the child see it. */
  | 'HEALTH'
  /** Better nutrition; measurements are recorded separately. */
  | 'NUTRITION'
  /** Anything else the child needs. */
  | 'OTHER';

/** Where a need stands. */
export type ChildNeedStatus =
  | 'IN_PROGRESS'
  | 'MET'
  | 'NOT_APPLICABLE'
  | 'OPEN';

/** How a list of children is sorted. */
export type ChildOrder =
  | 'NAME'
  | 'REGISTERED_NEWEST_FIRST';

/** What kind of entry on a child's timeline. */
export type ChildTimelineEntryKind =
  /** Something that happened in one of the child's protection cases (for case roles only). */
  | 'CASE_EVENT'
  /** A follow-up about the child was done. */
  | 'FOLLOW_UP_COMPLETED'
  /** A session recommended a follow-up about the child (an owner and a due date). */
  | 'FOLLOW_UP_RECORDED'
  /** A supervision session that discussed the child was held. */
  | 'SUPERVISION_SESSION_HELD';

/** A community member taking part in a session. */
export type CommunityMemberInput = {
  /** Phone number or e-mail address, up to 200 characters. */
  contact: string;
  /** Name, up to 200 characters. */
  name: string;
};

/** Consent of the child (as fits their age) and guardian to processing. */
export type ConsentStatus =
  | 'GIVEN'
  | 'NOT_ASKED'
  | 'REFUSED'
  | 'WITHDRAWN';

/** A new staff account. Roles and scope decide what the person may see. */
export type CreateStaffAccountInput = {
  /** The area the person works in: social workers and supervisors see the children of this area (a supervisor without one sees all areas). */
  area?: JakartaArea | null | undefined;
  /** The person's name as shown in the app, 1 to 200 characters. */
  displayName: string;
  /** Sign-in e-mail address, stored in lower case; one already in use is refused with CONFLICT. */
  email: string;
  /** The institution the person works for: institution staff see the children placed there now. */
  institutionId?: string | null | undefined;
  /** The roles the account holds: at least one; duplicates are dropped. */
  roles: Array<StaffRole>;
  /** The person's worker record in the registry: a companion sees the children in this worker's caseload. */
  workerId?: string | null | undefined;
};

/** A condition on an admin-defined profile field. */
export type CustomFieldCondition = {
  /** The value, as text (numbers and dates in their usual text form, booleans as true/false). */
  equals: string;
  /** The field key. */
  key: string;
};

/** A value for an admin-defined profile field, as text; null clears it. */
export type CustomFieldValueInput = {
  /** Key of the profile field; a field that does not exist or you may not write is refused with BAD_USER_INPUT. */
  key: string;
  /** The value as text: numbers like 12.5, dates as YYYY-MM-DD, booleans as true/false, CHOICE one of its choices; null or empty clears it. */
  value?: string | null | undefined;
};

/** A staff account to switch off, and why. */
export type DeactivateStaffAccountInput = {
  /** Why the account is switched off; kept with the account. */
  reason: string;
  /** The account to switch off; your own account is refused with CONFLICT. */
  staffAccountId: string;
};

/** A new profile field for children; takes effect at once, without a deploy. */
export type DefineProfileFieldInput = {
  /** For CHOICE fields: the allowed values. */
  choices?: Array<string> | null | undefined;
  /** Lower-case letters, digits and underscores, starting with a letter. */
  key: string;
  /** Label in English, 1 to 120 characters. */
  labelEn: string;
  /** Label in Indonesian, 1 to 120 characters. */
  labelId: string;
  /** Roles that may see the field and read its values; at least one. */
  readRoles: Array<StaffRole>;
  /** Whether registering or updating a child must leave the field with a value (BAD_USER_INPUT otherwise); false when left out. */
  required?: boolean | null | undefined;
  /** What kind of value the field holds; a CHOICE field needs at least two choices (BAD_USER_INPUT otherwise). */
  type: ProfileFieldType;
  /** Roles that may set its values; each must also be in readRoles (BAD_USER_INPUT otherwise). */
  writeRoles: Array<StaffRole>;
};

/** An area of a child's development that is scored. */
export type DevelopmentDomain =
  | 'EDUCATION'
  | 'EMOTIONAL'
  | 'FAMILY'
  | 'HEALTH'
  | 'LIVING_CONDITIONS'
  | 'SAFETY';

/** Where a dispatched social worker stands: DISPATCHED, ACKNOWLEDGED, EN_ROUTE, ON_SITE, then CHILD_SAFE or UNABLE_TO_LOCATE; REASSIGNED when the case went to another worker. */
export type DispatchStatus =
  | 'ACKNOWLEDGED'
  | 'CHILD_SAFE'
  | 'DISPATCHED'
  | 'EN_ROUTE'
  | 'ON_SITE'
  | 'REASSIGNED'
  | 'UNABLE_TO_LOCATE';

/** The score of one development domain. */
export type DomainScoreInput = {
  /** The area of development scored. */
  domain: DevelopmentDomain;
  /** 1 (in crisis) to 4 (thriving). */
  score: number;
};

/** The days evaluated, inclusive, as Asia/Jakarta dates. */
export type EvaluationPeriodInput = {
  /** First day, YYYY-MM-DD. */
  from: unknown;
  /** Last day, YYYY-MM-DD (at most 366 days after `from`). */
  to: unknown;
};

/** CASEWORK events reach hotline operators, supervisors and social workers in scope; OVERSIGHT events (complaints) reach auditors and administrators only. */
export type EventAudience =
  | 'CASEWORK'
  | 'OVERSIGHT';

/** A recommendation of the session, to become a follow-up task. */
export type FollowUpInput = {
  /** The child it is about: one discussed in the session. It then shows on the child's timeline. */
  childId?: string | null | undefined;
  /** The last day it may be done on time. */
  dueOn: unknown;
  /** Who does it (a worker id). */
  ownerWorkerId: string;
  /** What is to be done, up to 2000 characters. */
  recommendation: string;
};

/** How a guardian is related to a child. */
export type GuardianRelationship =
  | 'AUNT_UNCLE'
  | 'GRANDPARENT'
  | 'LEGAL_GUARDIAN'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING';

/** Kind of child-welfare institution (lembaga). */
export type InstitutionType =
  /** Lembaga Kesejahteraan Sosial Anak: child social-welfare institution. */
  | 'LKSA'
  /** A residential home that is not a PSAA. */
  | 'NON_PSAA'
  /** Panti: a state or private residential home. */
  | 'PANTI'
  /** Panti Sosial Asuhan Anak: orphanage-type home. */
  | 'PSAA'
  /** Rumah Singgah: drop-in shelter, mostly for street children. */
  | 'RUMAH_SINGGAH'
  /** Taman Anak Sejahtera: day-care for poor families. */
  | 'TAS';

/** One of the six administrative areas (kota / kabupaten administrasi) of DKI Jakarta. */
export type JakartaArea =
  | 'JAKARTA_BARAT'
  | 'JAKARTA_PUSAT'
  | 'JAKARTA_SELATAN'
  | 'JAKARTA_TIMUR'
  | 'JAKARTA_UTARA'
  | 'KEPULAUAN_SERIBU';

/** Which share a ledger entry pays: the child's share, or the second share (which must be the grant's beneficiary kind). */
export type LedgerShare =
  | 'CHILD'
  | 'COMPANION'
  | 'GUARDIAN'
  | 'INSTITUTION';

/** Lawful ground for processing the child's data (UU PDP 27/2022). */
export type LegalBasis =
  | 'CONSENT'
  | 'LEGAL_OBLIGATION'
  | 'PUBLIC_TASK'
  | 'VITAL_INTEREST';

/** A guardian for a child: an existing one by id, or a new one by name. */
export type LinkGuardianInput = {
  /** A new guardian: home address, up to 500 characters; ignored with guardianId. */
  address?: string | null | undefined;
  /** The child to link the guardian to; a child you may not see is NOT_FOUND. */
  childId: string;
  /** A new guardian: full name. */
  fullName?: string | null | undefined;
  /** An existing guardian (one guardian can have several children). */
  guardianId?: string | null | undefined;
  /** Whether this guardian looks after the child day to day. */
  isCaregiver?: boolean;
  /** A new guardian: phone number (digits, spaces and dashes, optionally starting with +); ignored with guardianId. */
  phone?: string | null | undefined;
  /** How the guardian is related to the child. */
  relationship: GuardianRelationship;
};

/** Where one of the child's needs stands. */
export type NeedStatusInput = {
  /** Which need. */
  kind: ChildNeedKind;
  /** A word on it, up to 500 characters. */
  note?: string | null | undefined;
  /** Where it stands. */
  status: ChildNeedStatus;
};

/** UPCOMING: the period is still running; DUE: ended, not yet submitted, due date ahead; OVERDUE: due date passed without a submission; then SUBMITTED, ACCEPTED or RETURNED. */
export type ObligationState =
  | 'ACCEPTED'
  | 'DUE'
  | 'OVERDUE'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'UPCOMING';

/** A PKSA programme (Program Kesejahteraan Sosial Anak) a child falls under. */
export type PksaProgramme =
  /** Children in alternative care, e.g. living in a panti. */
  | 'ALTERNATIVE_CARE'
  /** Children with disabilities. */
  | 'DISABILITY'
  /** Children raised by the extended family. */
  | 'KINSHIP_CARE'
  /** Neglected children under five (balita terlantar). */
  | 'NEGLECTED_TODDLER'
  /** Children whose lives are at risk: street children and similar. */
  | 'PKSA_VULNERABLE'
  /** AMPK: children needing special protection. */
  | 'SPECIAL_PROTECTION';

/** A child to place in an institution, from a given day. */
export type PlaceChildInput = {
  /** The child to place; a child you may not see is NOT_FOUND. */
  childId: string;
  /** The institution; NOT_FOUND when there is none, CONFLICT when it is the child's current one. */
  institutionId: string;
  /** Why the child is placed there, up to 1000 characters. */
  reason?: string | null | undefined;
  /** First day of the stay (YYYY-MM-DD, Asia/Jakarta); the current placement ends that day, and a day before it began is refused with BAD_USER_INPUT. */
  startedOn: unknown;
};

/** The type of an admin-defined profile field. */
export type ProfileFieldType =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'DATE'
  | 'NUMBER'
  | 'TEXT';

/** The content of an accountability report; a draft may be incomplete, a submission may not. */
export type ProgressReportContentInput = {
  /** How the child is doing, up to 8000 characters. */
  developmentNarrative: string;
  /** Development scores, 1 to 4 per domain. */
  developmentScores: Array<DomainScoreInput>;
  /** Status of each need. */
  needStatuses: Array<NeedStatusInput>;
  /** Next steps, up to 4000 characters. */
  nextSteps: string;
  /** Problems found, up to 8000 characters. */
  problems: string;
  /** Solutions and actions taken, up to 8000 characters. */
  solutions: string;
};

/** DRAFT while the companion writes; SUBMITTED for review; ACCEPTED, or RETURNED with the reviewer's reason to be corrected and resubmitted. */
export type ProgressReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** A proposal of aid for one child under one programme year; eligibility is checked against the registry. */
export type ProposeAidGrantInput = {
  /** Who receives the second share, when several could (e.g. two relatives who are caregivers); the first is taken otherwise. */
  beneficiaryId?: string | null | undefined;
  /** The child (in your scope). */
  childId: string;
  /** The programme. */
  programme: PksaProgramme;
  /** SPECIAL_PROTECTION only: why the child needs special protection (required there), up to 2000 characters. */
  specialProtectionReason?: string | null | undefined;
  /** The programme year, which an administrator has opened. */
  year: number;
};

/** A time slot an expert publishes, in Asia/Jakarta time: weekly on a weekday, or on one date. */
export type PublishExpertAvailabilityInput = {
  /** ONE_OFF: the date (YYYY-MM-DD, Asia/Jakarta). */
  date?: unknown;
  /** End, HH:MM in Asia/Jakarta time (24:00 for midnight), after the start. */
  endTime: string;
  /** WEEKLY (give weekday) or ONE_OFF (give date). */
  recurrence: AvailabilityRecurrence;
  /** Start, HH:MM in Asia/Jakarta time. */
  startTime: string;
  /** WEEKLY: ISO weekday, 1 (Monday) to 7 (Sunday). */
  weekday?: number | null | undefined;
};

/** Records a new need, or updates one when `needId` is given. */
export type RecordChildNeedInput = {
  /** The child whose need it is; a child you may not see is NOT_FOUND. */
  childId: string;
  /** What the need is, up to 2000 characters. */
  description?: string | null | undefined;
  /** Day by which the need should be met (YYYY-MM-DD, Asia/Jakarta). */
  dueDate?: unknown;
  /** For education needs: whether the child is enrolled now. */
  enrolled?: boolean | null | undefined;
  /** What shows the need is met, e.g. the akta kelahiran number; up to 2000 characters. */
  evidenceNote?: string | null | undefined;
  /** The kind of need; when updating, it must be the need's own kind (BAD_USER_INPUT otherwise). */
  kind: ChildNeedKind;
  /** A need of this child to update (NOT_FOUND when this child has no such need); leave out to record a new need. */
  needId?: string | null | undefined;
  /** For education needs: the level the child is at or aims for. */
  schoolLevel?: SchoolLevel | null | undefined;
  /** Where the need stands now. A new need starts OPEN when left out; an update left without it keeps the current status. */
  status?: ChildNeedStatus | null | undefined;
};

/** A dated assessment of a child's development, one score (1-4) per domain assessed. */
export type RecordDevelopmentAssessmentInput = {
  /** Day of the assessment (YYYY-MM-DD, Asia/Jakarta); a day in the future is refused with BAD_USER_INPUT. */
  assessedOn: unknown;
  /** The child assessed; a child you may not see is NOT_FOUND. */
  childId: string;
  /** The assessor's notes, up to 4000 characters. */
  note?: string | null | undefined;
  /** One to six scores, each domain at most once (BAD_USER_INPUT otherwise). */
  scores: Array<DomainScoreInput>;
};

/** A payment from a grant into the ledger. */
export type RecordDisbursementInput = {
  /** Whole rupiah, positive; the share in total may not pass the programme year amount. */
  amount: unknown;
  /** The grant paid from (APPROVED, DISBURSED or REINSTATED). */
  grantId: string;
  /** The bank transfer or voucher reference, up to 100 characters. */
  paymentReference: string;
  /** CHILD, or the grant's beneficiary kind for the second share. */
  share: LedgerShare;
};

/** What happened in a session: attendance, notes and recommendations. */
export type RecordSessionOutcomeInput = {
  /** Who came; participants not named stay unrecorded. */
  attendance?: Array<AttendanceInput>;
  /** Recommendations, each becoming a follow-up task. */
  followUps?: Array<FollowUpInput>;
  /** The expert's notes, up to 10000 characters. */
  notes: string;
  /** The session (CONFIRMED). */
  sessionId: string;
};

/** The outcome of a spot check. */
export type RecordSpotCheckOutcomeInput = {
  /** What the companion could and could not say, up to 4000 characters. */
  notes: string;
  /** How well the companion knew how the child is doing; DOES_NOT_KNOW suspends the child's aid grants. */
  outcome: SpotCheckOutcome;
  /** The spot check you started. */
  spotCheckId: string;
};

/** Whether the office still works with this child. */
export type RecordStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'INACTIVE';

/** A referral of a case to a registered institution or to another service. */
export type ReferProtectionCaseInput = {
  /** The case to refer. */
  caseId: string;
  /** A registered institution; give this or serviceName. */
  institutionId?: string | null | undefined;
  /** Why the child is referred, 3 to 2000 characters. */
  reason: string;
  /** Another service, e.g. "Puskesmas Kecamatan Jatinegara"; give this or institutionId. */
  serviceName?: string | null | undefined;
};

/** Where a referral stands: REFERRED, then ACCEPTED or DECLINED; an accepted one becomes COMPLETED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'REFERRED';

/** A child to register. Close matches of name, birth date and area are reported first. */
export type RegisterChildInput = {
  /** Exact address or landmark where the child can be found, 1 to 500 characters. Sensitive: read back only by social workers, companions, supervisors and institution staff. */
  address?: string | null | undefined;
  /** Area of DKI Jakarta where the child is now; must contain the kecamatan when one is given. On registration, your own area when left out. */
  area?: JakartaArea | null | undefined;
  /** Where and with whom the child lives now. */
  careArrangement?: CareArrangement | null | undefined;
  /** Register even though probable duplicates were reported (after checking they are other children). */
  confirmNotDuplicate?: boolean;
  /** Consent to processing the child's data; a change is timestamped in consentRecordedAt. */
  consentStatus?: ConsentStatus | null | undefined;
  /** Values of admin-defined profile fields you may write; fields left out keep their value. A required field left without a value is refused with BAD_USER_INPUT. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Date of birth (YYYY-MM-DD); mark it with dateOfBirthEstimated when it is a guess. */
  dateOfBirth?: unknown;
  /** True when the date of birth is an estimate (no birth record); a NIK's birth date is then not checked against it. */
  dateOfBirthEstimated?: boolean | null | undefined;
  /** What the disability is and what support it needs, up to 2000 characters. Sensitive (health data): read back only by roles that care for the child. */
  disabilityDetail?: string | null | undefined;
  /** The child's full name, 2 to 120 characters. */
  fullName: string;
  /** Whether the child has a disability. */
  hasDisability?: boolean | null | undefined;
  /** Kemendagri code of the kecamatan where the child is now, e.g. 31.71.06; it must lie in the child's area (BAD_USER_INPUT otherwise) and fills in the area when none is known. */
  kecamatanCode?: string | null | undefined;
  /** Kemendagri code of the kelurahan where the child is now, e.g. 31.71.06.1001; it must lie in the child's kecamatan (BAD_USER_INPUT otherwise). */
  kelurahanCode?: string | null | undefined;
  /** Lawful ground on which the office processes this child's data. */
  legalBasis: LegalBasis;
  /** Nama panggilan: what the child is called day to day, 1 to 80 characters. */
  nickname?: string | null | undefined;
  /** NIK: 16 digits. */
  nik?: string | null | undefined;
  /** The PKSA programmes the child falls under; when given, replaces the whole list. */
  programmes?: Array<PksaProgramme> | null | undefined;
  /** How much danger the child is in, as assessed now. */
  riskLevel?: RiskLevel | null | undefined;
  /** The child's sex, as on the birth record. */
  sex: Sex;
};

/** A child-welfare institution to add to the registry. */
export type RegisterInstitutionInput = {
  /** Its accreditation grade; NOT_ACCREDITED when left out. */
  accreditation?: AccreditationGrade | null | undefined;
  /** Street address, up to 500 characters; institutions are public places. */
  address?: string | null | undefined;
  /** The area of DKI Jakarta it is in. */
  area: JakartaArea;
  /** How many children it may care for at once, 0 to 5000. */
  capacity: number;
  /** Default true: every institution is a reporting point. */
  isReportingPoint?: boolean | null | undefined;
  /** Kemendagri code of its kecamatan, e.g. 31.71.06; it must be a kecamatan of `area` (BAD_USER_INPUT otherwise). */
  kecamatanCode?: string | null | undefined;
  /** Operating licence (izin operasional) number, up to 100 characters. */
  licenceNumber?: string | null | undefined;
  /** Last day the licence is valid (YYYY-MM-DD, Asia/Jakarta). */
  licenceValidUntil?: unknown;
  /** Name of the institution, 2 to 200 characters. */
  name: string;
  /** Phone number: digits, spaces and dashes, optionally starting with +. */
  phone?: string | null | undefined;
  /** Kind of institution: Panti, LKSA, Rumah Singgah, PSAA, non-PSAA home or TAS. */
  type: InstitutionType;
};

/** How a report reached the office. */
export type ReportChannel =
  /** Crisis Center 164. */
  | 'HOTLINE_164'
  /** In person at an institution, which is a reporting point. */
  | 'INSTITUTION_WALK_IN'
  /** One of the office's phone lines (021-4264680, 021-4265116, ...). */
  | 'PHONE_LINE'
  /** Online, by the reporter themselves. */
  | 'WEB';

/** What a report is about. */
export type ReportKind =
  /** A child in danger or need: opens or joins a protection case. */
  | 'CHILD_AT_RISK'
  /** Aid money misused by an institution or officer: goes to auditors only. */
  | 'FUND_MISUSE'
  /** An officer who did not respond: goes to auditors only. */
  | 'UNRESPONSIVE_OFFICER';

/** Where a report stands, as the reporter may know it. */
export type ReportStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'RECEIVED';

/** A request for a supervision session with an expert, inside one of their availability slots. */
export type RequestSupervisionSessionInput = {
  /** Children to discuss; each must be one you may see. */
  children?: Array<SessionChildInput>;
  /** Community members taking part. */
  communityMembers?: Array<CommunityMemberInput>;
  /** End (ISO 8601 date-time), after the start, on the same Asia/Jakarta day, at most 8 hours later. */
  endsAt: string;
  /** The expert (a worker of kind EXPERT_ADVISOR). */
  expertId: string;
  /** What kind of session. */
  kind: SupervisionSessionKind;
  /** The online meeting link (https). */
  onlineLink?: string | null | undefined;
  /** Workers and companions taking part (worker ids); a companion who requests takes part anyway. */
  participantWorkerIds?: Array<string>;
  /** Where it takes place, up to 500 characters; give a place, an online link or both. */
  place?: string | null | undefined;
  /** Protection cases to discuss (a case conference); each must be one you may see (NOT_FOUND otherwise). Cases are never shared with the expert. */
  protectionCaseIds?: Array<string>;
  /** Start (ISO 8601 date-time). */
  startsAt: string;
  /** What the session is about, up to 2000 characters. */
  topic: string;
};

/** A supervisor's decision on a submitted report. */
export type ReviewDecision =
  | 'ACCEPT'
  | 'RETURN';

/** A supervisor's review of a submitted report. */
export type ReviewProgressReportInput = {
  /** ACCEPT, or RETURN with a reason. */
  decision: ReviewDecision;
  /** The `version` you read; a stale one is CONFLICT. */
  expectedVersion: number;
  /** Why it is returned: required for RETURN, up to 2000 characters. */
  reason?: string | null | undefined;
  /** The report reviewed. */
  reportId: string;
};

/** How much danger the child is in, as last assessed. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

/** A draft of an accountability report: for one child in your caseload and one monthly period. */
export type SaveProgressReportDraftInput = {
  /** The child reported on (in your caseload). */
  childId: string;
  /** The text; it may be incomplete until submitted. */
  content: ProgressReportContentInput;
  /** First day of the month reported on, e.g. 2026-10-01. */
  periodStart: unknown;
};

/** School level: PAUD, SD, SMP, SMA/SMK, or Paket A/B/C (equivalency). */
export type SchoolLevel =
  | 'NOT_IN_SCHOOL'
  | 'PAKET'
  | 'PAUD'
  | 'SD'
  | 'SMA'
  | 'SMK'
  | 'SMP';

/** A child to discuss in a session (one you may see). */
export type SessionChildInput = {
  /** The child (NOT_FOUND outside your scope). */
  childId: string;
  /** Whether to share the child's profile with the expert for this session. */
  shareWithExpert: boolean;
};

/** Laki-laki (MALE) or perempuan (FEMALE), as on the birth record. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** How well the companion could say how the child is doing. */
export type SpotCheckOutcome =
  /** The companion cannot say how the child is doing: the child's aid grants are suspended (SPOT_CHECK). */
  | 'DOES_NOT_KNOW'
  /** The companion knows how the child is doing; lifts an earlier spot check's aid suspension. */
  | 'KNOWS'
  /** The companion knows part of it; recorded, nothing is suspended. */
  | 'PARTLY';

/** What a staff member does at the office; an account may hold several. */
export type StaffRole =
  /** Administrator sistem: staff accounts, reference data, custom profile fields. */
  | 'ADMIN'
  /** Pengawas: receives complaints about misused funds and unresponsive officers. */
  | 'AUDITOR'
  /** Pendamping: follows a caseload of children over time and files accountability reports. */
  | 'COMPANION'
  /** Pakar / ahli: supervises and assists workers, companions and community members. */
  | 'EXPERT_ADVISOR'
  /** Petugas Crisis Center 164: takes reports from the public 24 hours a day. */
  | 'HOTLINE_OPERATOR'
  /** Petugas LKSA / Panti: staff of a child-welfare institution, also a reporting point. */
  | 'INSTITUTION_STAFF'
  /** Pekerja Sosial (Peksos, Sakti Peksos): goes to the child and handles the case. */
  | 'SOCIAL_WORKER'
  /** Kepala Seksi / Bidang Rehabilitasi Sosial: watches live feeds, assigns, approves aid. */
  | 'SUPERVISOR';

/** A report to the office. Anyone may send one, without signing in; staff send the calls and walk-ins they take. */
export type SubmitHotlineReportInput = {
  /** For a complaint: the worker it is about, if known. */
  accusedWorkerId?: string | null | undefined;
  /** The area where it happened, if known. */
  area?: JakartaArea | null | undefined;
  /** How the report reached the office. */
  channel: ReportChannel;
  /** What the reporter knows of the child (name, age, appearance), up to 1000 characters. */
  childDescription?: string | null | undefined;
  /** Staff only: a registered child the report is about (within your scope). */
  childId?: string | null | undefined;
  /** What happened, 10 to 4000 characters. */
  description: string;
  /** A key the client picks (8 to 100 characters) so that a retry returns the same receipt; the same key with other content is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The institution where a walk-in report was taken, or that a complaint is about. */
  institutionId?: string | null | undefined;
  /** Kemendagri code of the kecamatan, e.g. 31.71.06. */
  kecamatanCode?: string | null | undefined;
  /** Kemendagri code of the kelurahan, e.g. 31.71.06.1001. */
  kelurahanCode?: string | null | undefined;
  /** What the report is about. */
  kind: ReportKind;
  /** Address or landmark, up to 500 characters. */
  locationDetail?: string | null | undefined;
  /** How to reach the reporter, if they want to be reached (up to 120 characters). */
  reporterContact?: string | null | undefined;
  /** The reporter's name, if they want to give it (up to 120 characters). */
  reporterName?: string | null | undefined;
};

/** What happened to a supervision session. */
export type SupervisionSessionChange =
  /** It was cancelled. */
  | 'CANCELLED'
  /** The expert confirmed it. */
  | 'CONFIRMED'
  /** Its outcome was recorded. */
  | 'HELD'
  /** It was recorded as a no-show. */
  | 'NO_SHOW'
  /** The session was requested. */
  | 'REQUESTED';

/** What kind of supervision or assistance (asistensi) a session is. */
export type SupervisionSessionKind =
  /** A conference about particular cases or children. */
  | 'CASE_CONFERENCE'
  /** Assistance for active community members. */
  | 'COMMUNITY'
  /** Several workers or companions with the expert. */
  | 'GROUP'
  /** One worker or companion with the expert. */
  | 'INDIVIDUAL';

/** Where a supervision session stands. */
export type SupervisionSessionStatus =
  /** Cancelled, with a reason; its time is free again. */
  | 'CANCELLED'
  /** Confirmed by the expert. */
  | 'CONFIRMED'
  /** Took place; attendance, notes and follow-ups are recorded. */
  | 'HELD'
  /** Nobody came (recorded by the expert). */
  | 'NO_SHOW'
  /** Requested by a supervisor or companion; waits for the expert to confirm. */
  | 'PROPOSED';

/** A suspension of a grant: the reason category and what happened. */
export type SuspendAidGrantInput = {
  /** What happened, up to 2000 characters. */
  detail: string;
  /** The grant. */
  grantId: string;
  /** The reason category. */
  reason: SuspensionReason;
};

/** Why a grant is suspended. */
export type SuspensionReason =
  /** A complaint of misused funds is being investigated. */
  | 'MISUSE_INVESTIGATION'
  /** Another reason, told in the detail. */
  | 'OTHER'
  /** The companion's accountability report on the child is overdue (DOMAIN.md promise 5). */
  | 'OVERDUE_REPORT'
  /** A spot check found something to clear up first. */
  | 'SPOT_CHECK';

/** How the transparency figures are grouped. */
export type TransparencyGrouping =
  /** Per area of DKI Jakarta (the child's area when the grant was proposed). */
  | 'AREA'
  /** Per institution receiving the second share; grants paid to a companion or guardian form one group without an institution. */
  | 'INSTITUTION'
  /** Per PKSA programme. */
  | 'PROGRAMME';

/** Triage of a case: risk level and priority, by a hotline operator or supervisor. */
export type TriageProtectionCaseInput = {
  /** The area of the case, when the report did not give it or gave it wrong. */
  area?: JakartaArea | null | undefined;
  /** The case to triage. */
  caseId: string;
  /** The registered child the case is about, once identified (NOT_FOUND outside your scope). */
  childId?: string | null | undefined;
  /** The `version` you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** How soon the office must act. */
  priority: CasePriority;
  /** How much danger the child is in. */
  riskLevel: RiskLevel;
};

/** Changes to a child's profile. Send the version you read; a stale one is refused. */
export type UpdateChildProfileInput = {
  /** Exact address or landmark where the child can be found, 1 to 500 characters. Sensitive: read back only by social workers, companions, supervisors and institution staff. */
  address?: string | null | undefined;
  /** Area of DKI Jakarta where the child is now; must contain the kecamatan when one is given. On registration, your own area when left out. */
  area?: JakartaArea | null | undefined;
  /** Where and with whom the child lives now. */
  careArrangement?: CareArrangement | null | undefined;
  /** The child to change; a child you may not see is NOT_FOUND. */
  childId: string;
  /** Consent to processing the child's data; a change is timestamped in consentRecordedAt. */
  consentStatus?: ConsentStatus | null | undefined;
  /** Values of admin-defined profile fields you may write; fields left out keep their value. A required field left without a value is refused with BAD_USER_INPUT. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Date of birth (YYYY-MM-DD); mark it with dateOfBirthEstimated when it is a guess. */
  dateOfBirth?: unknown;
  /** True when the date of birth is an estimate (no birth record); a NIK's birth date is then not checked against it. */
  dateOfBirthEstimated?: boolean | null | undefined;
  /** What the disability is and what support it needs, up to 2000 characters. Sensitive (health data): read back only by roles that care for the child. */
  disabilityDetail?: string | null | undefined;
  /** The `version` you read. */
  expectedVersion: number;
  /** The child's full name, 2 to 120 characters. */
  fullName?: string | null | undefined;
  /** Whether the child has a disability. */
  hasDisability?: boolean | null | undefined;
  /** Kemendagri code of the kecamatan where the child is now, e.g. 31.71.06; it must lie in the child's area (BAD_USER_INPUT otherwise) and fills in the area when none is known. */
  kecamatanCode?: string | null | undefined;
  /** Kemendagri code of the kelurahan where the child is now, e.g. 31.71.06.1001; it must lie in the child's kecamatan (BAD_USER_INPUT otherwise). */
  kelurahanCode?: string | null | undefined;
  /** Lawful ground on which the office processes this child's data. */
  legalBasis?: LegalBasis | null | undefined;
  /** Nama panggilan: what the child is called day to day, 1 to 80 characters. */
  nickname?: string | null | undefined;
  /** NIK: 16 digits. */
  nik?: string | null | undefined;
  /** The PKSA programmes the child falls under; when given, replaces the whole list. */
  programmes?: Array<PksaProgramme> | null | undefined;
  /** Whether the office still works with the child. */
  recordStatus?: RecordStatus | null | undefined;
  /** How much danger the child is in, as assessed now. */
  riskLevel?: RiskLevel | null | undefined;
  /** The child's sex, as on the birth record. */
  sex?: Sex | null | undefined;
};

/** Changes to an institution's details; fields left out stay as they are. */
export type UpdateInstitutionInput = {
  /** New accreditation grade. */
  accreditation?: AccreditationGrade | null | undefined;
  /** New street address, up to 500 characters. */
  address?: string | null | undefined;
  /** New capacity, 0 to 5000; not below the number of children placed there now (CONFLICT). */
  capacity?: number | null | undefined;
  /** The institution to change. */
  institutionId: string;
  /** Whether the public can report a child at risk here. */
  isReportingPoint?: boolean | null | undefined;
  /** New operating licence number, up to 100 characters. */
  licenceNumber?: string | null | undefined;
  /** New last day the licence is valid (YYYY-MM-DD). */
  licenceValidUntil?: unknown;
  /** New name, 2 to 200 characters. */
  name?: string | null | undefined;
  /** New phone number: digits, spaces and dashes, optionally starting with +. */
  phone?: string | null | undefined;
};

export type AidGrantFieldsFragment = { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown };

export type AidProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type AidProgrammesQuery = { aidProgrammes: Array<{ code: PksaProgramme, name: string, secondShareBeneficiary: BeneficiaryKind, years: Array<{ year: number, childShareAmount: unknown, secondShareAmount: unknown }> }> };

export type OpenProgrammeYearMutationVariables = Exact<{
  programme: PksaProgramme;
  year: number;
  childShareAmount: unknown;
  secondShareAmount: unknown;
}>;


export type OpenProgrammeYearMutation = { openProgrammeYear: { id: string, year: number, childShareAmount: unknown, secondShareAmount: unknown, programme: { code: PksaProgramme } } };

export type ProposeAidGrantMutationVariables = Exact<{
  input: ProposeAidGrantInput;
}>;


export type ProposeAidGrantMutation = { proposeAidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown } };

export type ApproveAidGrantMutationVariables = Exact<{
  grantId: string;
}>;


export type ApproveAidGrantMutation = { approveAidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown } };

export type SuspendAidGrantMutationVariables = Exact<{
  input: SuspendAidGrantInput;
}>;


export type SuspendAidGrantMutation = { suspendAidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown } };

export type ReinstateAidGrantMutationVariables = Exact<{
  grantId: string;
  detail: string;
}>;


export type ReinstateAidGrantMutation = { reinstateAidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown } };

export type TerminateAidGrantMutationVariables = Exact<{
  grantId: string;
  detail: string;
}>;


export type TerminateAidGrantMutation = { terminateAidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown } };

export type RecordDisbursementMutationVariables = Exact<{
  input: RecordDisbursementInput;
}>;


export type RecordDisbursementMutation = { recordDisbursement: { id: string, share: LedgerShare, amount: unknown, paymentReference: string, reversesEntryId: string | null, reason: string | null, recordedBy: string, recordedAt: string } };

export type ReverseLedgerEntryMutationVariables = Exact<{
  entryId: string;
  reason: string;
}>;


export type ReverseLedgerEntryMutation = { reverseLedgerEntry: { id: string, share: LedgerShare, amount: unknown, reversesEntryId: string | null, reason: string | null } };

export type AidGrantQueryVariables = Exact<{
  id: string;
}>;


export type AidGrantQuery = { aidGrant: { id: string, status: AidGrantStatus, version: number, beneficiaryKind: BeneficiaryKind, beneficiaryId: string, eligibilityNote: string | null, suspensionReason: SuspensionReason | null, suspensionDetail: string | null, proposedBy: string, approvedBy: string | null, childShareDisbursed: unknown, secondShareDisbursed: unknown, child: { id: string } | null, programmeYear: { year: number, childShareAmount: unknown, secondShareAmount: unknown, programme: { code: PksaProgramme } }, history: Array<{ fromStatus: AidGrantStatus | null, toStatus: AidGrantStatus, reasonCategory: SuspensionReason | null, detail: string | null, actorId: string | null, createdAt: string }>, ledgerEntries: Array<{ id: string, share: LedgerShare, amount: unknown, reversesEntryId: string | null }> } | null };

export type ChildAidGrantsQueryVariables = Exact<{
  childId: string;
}>;


export type ChildAidGrantsQuery = { childAidGrants: Array<{ id: string, status: AidGrantStatus }> };

export type AidLedgerQueryVariables = Exact<{
  filter?: AidLedgerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AidLedgerQuery = { aidLedger: { entries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, share: LedgerShare, amount: unknown, paymentReference: string, reversesEntryId: string | null, grant: { id: string, beneficiaryId: string } | null }> }, complaints: Array<{ id: string, kind: ReportKind, description: string }> } };

export type TransparencyQueryVariables = Exact<{
  year: number;
  groupBy: TransparencyGrouping;
}>;


export type TransparencyQuery = { transparency: { year: number, groupBy: TransparencyGrouping, complaintsReceived: number, complaintsResolved: number, groups: Array<{ key: string | null, label: string, childrenSupported: { value: number | null, suppressed: boolean, display: string }, amountDisbursed: { value: unknown, suppressed: boolean, display: string }, suspendedGrants: Array<{ reason: SuspensionReason, grants: { value: number | null, suppressed: boolean, display: string } }> }> } };

export type AidLedgerDeepQueryVariables = Exact<{
  filter?: AidLedgerFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AidLedgerDeepQuery = { aidLedger: { entries: { nodes: Array<{ id: string, amount: unknown, grant: { id: string, status: AidGrantStatus, childShareDisbursed: unknown, programmeYear: { year: number, programme: { code: PksaProgramme, name: string } }, history: Array<{ toStatus: AidGrantStatus }>, ledgerEntries: Array<{ amount: unknown }> } | null }> } } };

export type SetProgrammeReportingPeriodMutationVariables = Exact<{
  programme: PksaProgramme;
  months: number;
}>;


export type SetProgrammeReportingPeriodMutation = { setProgrammeReportingPeriod: { code: PksaProgramme, reportingPeriodMonths: number } };

export type ChildAccessLogQueryVariables = Exact<{
  childId: string;
  first?: number | null | undefined;
}>;


export type ChildAccessLogQuery = { childAccessLog: { totalCount: number, nodes: Array<{ sequence: string, action: AuditAction, operation: string, actorKind: string, staffAccountId: string | null, roles: Array<string>, subjectType: string | null, subjectId: string | null, fields: Array<string>, purpose: string | null, outcome: string, requestId: string }> } };

export type AuditLogQueryVariables = Exact<{
  staffAccountId?: string | null | undefined;
  operation?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ action: AuditAction, operation: string, subjectId: string | null, outcome: string, requestId: string }> } };

export type ChildWithNikQueryVariables = Exact<{
  id: string;
}>;


export type ChildWithNikQuery = { child: { id: string, fullName: string, nik: string | null } | null };

export type RecordNeedForAuditMutationVariables = Exact<{
  input: RecordChildNeedInput;
}>;


export type RecordNeedForAuditMutation = { recordChildNeed: { id: string, status: ChildNeedStatus } };

export type ChildWithGuardianPhonesQueryVariables = Exact<{
  id: string;
}>;


export type ChildWithGuardianPhonesQuery = { child: { id: string, guardians: Array<{ relationship: GuardianRelationship, guardian: { id: string, phone: string | null } }>, currentCompanion: { id: string } | null } | null };

export type ChildrenOfCompanionForAuditQueryVariables = Exact<{
  companionId: string;
}>;


export type ChildrenOfCompanionForAuditQuery = { children: { nodes: Array<{ id: string, fullName: string }> } };

export type AuditLogPageQueryVariables = Exact<{
  staffAccountId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { sequence: string, operation: string, subjectType: string | null, subjectId: string | null, fields: Array<string>, requestId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChildFieldsAsAskedQueryVariables = Exact<{
  id: string;
  withNik: boolean;
  withoutName: boolean;
}>;


export type ChildFieldsAsAskedQuery = { child: { id: string, nik?: string | null, guardians: Array<{ guardian: { children: Array<{ child: { id: string, dateOfBirth: unknown } | null }> } }> } & { fullName?: string } | null };

export type ChildNameFragment = { fullName: string };

export type ProtectionCaseQueryVariables = Exact<{
  id: string;
}>;


export type ProtectionCaseQuery = { protectionCase: { id: string, version: number, caseNumber: string, status: CaseStatus, riskLevel: RiskLevel | null, priority: CasePriority | null, closureReason: string | null, reports: Array<{ trackingCode: string }>, dispatches: Array<{ id: string, status: DispatchStatus, worker: { id: string } }>, timeline: Array<{ sequence: string, kind: CaseEventKind, detail: string | null, actorId: string | null }> } | null };

export type TriageProtectionCaseMutationVariables = Exact<{
  input: TriageProtectionCaseInput;
}>;


export type TriageProtectionCaseMutation = { triageProtectionCase: { version: number, riskLevel: RiskLevel | null, priority: CasePriority | null } };

export type ChangeProtectionCaseStatusMutationVariables = Exact<{
  input: ChangeProtectionCaseStatusInput;
}>;


export type ChangeProtectionCaseStatusMutation = { changeProtectionCaseStatus: { version: number, status: CaseStatus, closureReason: string | null } };

export type DispatchSocialWorkerMutationVariables = Exact<{
  caseId: string;
  workerId: string;
}>;


export type DispatchSocialWorkerMutation = { dispatchSocialWorker: { id: string, status: DispatchStatus, acknowledgeBy: string, onSiteBy: string | null } };

export type RecordDispatchProgressMutationVariables = Exact<{
  dispatchId: string;
  status: DispatchStatus;
  reason?: string | null | undefined;
}>;


export type RecordDispatchProgressMutation = { recordDispatchProgress: { id: string, status: DispatchStatus, acknowledgedAt: string | null, onSiteAt: string | null, reason: string | null } };

export type AddCaseNoteMutationVariables = Exact<{
  caseId: string;
  text: string;
}>;


export type AddCaseNoteMutation = { addCaseNote: { text: string, authorId: string | null } };

export type ReferProtectionCaseMutationVariables = Exact<{
  input: ReferProtectionCaseInput;
}>;


export type ReferProtectionCaseMutation = { referProtectionCase: { id: string, status: ReferralStatus, serviceName: string | null, institution: { name: string } | null } };

export type RecordReferralOutcomeMutationVariables = Exact<{
  referralId: string;
  status: ReferralStatus;
  note?: string | null | undefined;
}>;


export type RecordReferralOutcomeMutation = { recordReferralOutcome: { status: ReferralStatus, outcomeNote: string | null } };

export type CaseRecordsQueryVariables = Exact<{
  id: string;
}>;


export type CaseRecordsQuery = { protectionCase: { notes: Array<{ text: string }>, referrals: Array<{ status: ReferralStatus, serviceName: string | null, institution: { name: string } | null }>, timeline: Array<{ kind: CaseEventKind, detail: string | null }> } | null };

export type ProtectionCaseChildQueryVariables = Exact<{
  id: string;
}>;


export type ProtectionCaseChildQuery = { protectionCase: { child: { fullName: string } | null } | null };

export type SetMyDutyStatusMutationVariables = Exact<{
  onDuty: boolean;
}>;


export type SetMyDutyStatusMutation = { setMyDutyStatus: { id: string, onDuty: boolean } };

export type EvaluationQueryVariables = Exact<{
  period: EvaluationPeriodInput;
  area?: JakartaArea | null | undefined;
}>;


export type EvaluationQuery = { evaluation: { area: JakartaArea | null, casesOpened: number, casesClosed: number, birthCertificatesObtained: number, childrenEnrolled: number, nutritionImproved: number, dispatchResponse: { dispatches: number, acknowledged: number, medianMinutesToAcknowledge: number | null, p90MinutesToAcknowledge: number | null, shareAcknowledgedInTime: number | null }, reports: { onTime: number, late: number, draftsOverdue: number }, reportsByCompanion: Array<{ id: string, name: string, onTime: number, late: number, missing: number }>, reportsByInstitution: Array<{ id: string, name: string, onTime: number, late: number, missing: number }> } };

export type SubmitHotlineReportMutationVariables = Exact<{
  input: SubmitHotlineReportInput;
}>;


export type SubmitHotlineReportMutation = { submitHotlineReport: { trackingCode: string, receivedAt: string } };

export type HotlineReportStatusQueryVariables = Exact<{
  trackingCode: string;
}>;


export type HotlineReportStatusQuery = { hotlineReportStatus: { trackingCode: string, status: ReportStatus } | null };

export type CaseFeedSubscriptionVariables = Exact<{
  afterSequence?: string | null | undefined;
  kinds?: Array<CaseEventKind> | CaseEventKind | null | undefined;
  areas?: Array<JakartaArea> | JakartaArea | null | undefined;
  reportKinds?: Array<ReportKind> | ReportKind | null | undefined;
}>;


export type CaseFeedSubscription = { caseFeed: { sequence: string, kind: CaseEventKind, audience: EventAudience, area: JakartaArea | null, reportKind: ReportKind | null, report: { trackingCode: string, kind: ReportKind, description: string, reporterContact: string | null } | null, protectionCase: { caseNumber: string, status: CaseStatus } | null } };

export type HotlineReportsQueryVariables = Exact<{
  kind?: ReportKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type HotlineReportsQuery = { hotlineReports: { totalCount: number, edges: Array<{ cursor: string, node: { trackingCode: string, kind: ReportKind } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IntrospectionProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type IntrospectionProbeQuery = { __schema: { queryType: { name: string | null } } };

export type MyReportingObligationsQueryVariables = Exact<{
  months: number;
}>;


export type MyReportingObligationsQuery = { myReportingObligations: Array<{ childId: string, periodStart: unknown, periodEnd: unknown, dueDate: unknown, state: ObligationState, child: { id: string } | null, report: { id: string } | null }> };

export type SaveProgressReportDraftMutationVariables = Exact<{
  input: SaveProgressReportDraftInput;
}>;


export type SaveProgressReportDraftMutation = { saveProgressReportDraft: { id: string, version: number, status: ProgressReportStatus, periodEnd: unknown, dueDate: unknown } };

export type SubmitProgressReportMutationVariables = Exact<{
  reportId: string;
  expectedVersion: number;
}>;


export type SubmitProgressReportMutation = { submitProgressReport: { id: string, version: number, status: ProgressReportStatus, submissions: number } };

export type ReviewProgressReportMutationVariables = Exact<{
  input: ReviewProgressReportInput;
}>;


export type ReviewProgressReportMutation = { reviewProgressReport: { version: number, status: ProgressReportStatus, returnReason: string | null } };

export type ChildProgressReportsQueryVariables = Exact<{
  childId: string;
}>;


export type ChildProgressReportsQuery = { childProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, returnReason: string | null, revisions: Array<{ submission: number, content: { problems: string } }> }> };

export type ReportingOverviewQueryVariables = Exact<{
  months: number;
  area?: JakartaArea | null | undefined;
}>;


export type ReportingOverviewQuery = { reportingOverview: Array<{ children: number, onTime: number, late: number, missing: number, companion: { id: string } }> };

export type OverdueReportAlertsSubscriptionVariables = Exact<{
  afterSequence?: string | null | undefined;
  areas?: Array<JakartaArea> | JakartaArea | null | undefined;
  minimumLevel?: number | null | undefined;
}>;


export type OverdueReportAlertsSubscription = { overdueReportAlerts: { sequence: string, level: number, area: JakartaArea | null, periodStart: unknown, dueDate: unknown, aidGrantsSuspended: number, raisedAt: string, child: { id: string, fullName: string } | null, companion: { id: string, fullName: string } } };

export type ChildRecentProgressReportsQueryVariables = Exact<{
  childId: string;
  last: number;
}>;


export type ChildRecentProgressReportsQuery = { child: { recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus }> } | null };

export type ChildProfileQueryVariables = Exact<{
  id: string;
}>;


export type ChildProfileQuery = { child: { id: string, version: number, fullName: string, nickname: string | null, area: JakartaArea | null, riskLevel: RiskLevel, programmes: Array<PksaProgramme>, ageInYears: number | null, guardians: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, guardian: { id: string, fullName: string } }>, currentPlacement: { institution: { id: string, name: string } } | null, currentCompanion: { id: string, fullName: string } | null } | null };

export type ChildSensitiveQueryVariables = Exact<{
  id: string;
}>;


export type ChildSensitiveQuery = { child: { id: string, nik: string | null, address: string | null, disabilityDetail: string | null } | null };

export type ChildNeedsQueryVariables = Exact<{
  id: string;
}>;


export type ChildNeedsQuery = { child: { id: string, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }> } | null };

export type ChildDevelopmentQueryVariables = Exact<{
  id: string;
}>;


export type ChildDevelopmentQuery = { child: { id: string, developmentRegressions: Array<DevelopmentDomain>, developmentAssessments: Array<{ assessedOn: unknown, scores: Array<{ domain: DevelopmentDomain, score: number }> }> } | null };

export type ChildCustomFieldsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCustomFieldsQuery = { child: { id: string, customFields: Array<{ key: string, labelId: string, labelEn: string, type: ProfileFieldType, textValue: string | null, numberValue: number | null, dateValue: unknown, booleanValue: boolean | null }> } | null };

export type ChildrenQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  orderBy?: ChildOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ChildrenQuery = { children: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, fullName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeepProfilesQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
}>;


export type DeepProfilesQuery = { children: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, developmentRegressions: Array<DevelopmentDomain>, currentCompanion: { fullName: string, caseload: Array<{ child: { id: string } | null }> } | null, guardians: Array<{ relationship: GuardianRelationship, guardian: { fullName: string, children: Array<{ relationship: GuardianRelationship, child: { fullName: string, currentPlacement: { institution: { name: string, currentPlacements: Array<{ startedOn: unknown }> } } | null } | null }> } }>, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }> } }> } };

export type GuardianQueryVariables = Exact<{
  id: string;
}>;


export type GuardianQuery = { guardian: { id: string, fullName: string, phone: string | null, children: Array<{ relationship: GuardianRelationship, child: { id: string, fullName: string } | null }> } | null };

export type InstitutionChildrenQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionChildrenQuery = { institution: { id: string, name: string, currentPlacements: Array<{ child: { id: string } | null }> } | null };

export type RegisterChildMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type RegisterChildMutation = { registerChild: { child: { id: string, fullName: string, version: number, area: JakartaArea | null, kecamatanCode: string | null } | null, possibleDuplicates: Array<{ id: string, fullName: string }> } };

export type UpdateChildProfileMutationVariables = Exact<{
  input: UpdateChildProfileInput;
}>;


export type UpdateChildProfileMutation = { updateChildProfile: { id: string, version: number, fullName: string, riskLevel: RiskLevel } };

export type LinkGuardianMutationVariables = Exact<{
  input: LinkGuardianInput;
}>;


export type LinkGuardianMutation = { linkGuardian: { relationship: GuardianRelationship, guardian: { id: string } } };

export type AssignCompanionMutationVariables = Exact<{
  input: AssignCompanionInput;
}>;


export type AssignCompanionMutation = { assignCompanion: { startedOn: unknown, companion: { id: string } } };

export type RecordDevelopmentAssessmentMutationVariables = Exact<{
  input: RecordDevelopmentAssessmentInput;
}>;


export type RecordDevelopmentAssessmentMutation = { recordDevelopmentAssessment: { assessedOn: unknown, scores: Array<{ domain: DevelopmentDomain, score: number }> } };

export type DefineProfileFieldMutationVariables = Exact<{
  input: DefineProfileFieldInput;
}>;


export type DefineProfileFieldMutation = { defineProfileField: { key: string, type: ProfileFieldType, choices: Array<string> } };

export type RegisterInstitutionMutationVariables = Exact<{
  input: RegisterInstitutionInput;
}>;


export type RegisterInstitutionMutation = { registerInstitution: { id: string, name: string, type: InstitutionType } };

export type ProfileFieldDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileFieldDefinitionsQuery = { profileFieldDefinitions: Array<{ key: string, labelEn: string, active: boolean }> };

export type RetireProfileFieldMutationVariables = Exact<{
  key: string;
}>;


export type RetireProfileFieldMutation = { retireProfileField: { key: string, active: boolean } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { id: string, capacity: number, accreditation: AccreditationGrade, isReportingPoint: boolean } };

export type PlaceChildInInstitutionMutationVariables = Exact<{
  input: PlaceChildInput;
}>;


export type PlaceChildInInstitutionMutation = { placeChildInInstitution: { startedOn: unknown, endedOn: unknown, institution: { id: string } } };

export type KecamatanListQueryVariables = Exact<{
  area?: JakartaArea | null | undefined;
}>;


export type KecamatanListQuery = { kecamatanList: Array<{ code: string, name: string, area: JakartaArea }> };

export type ProfileCardFragment = { id: string, version: number, createdAt: string, updatedAt: string, fullName: string, nickname: string | null, programmes: Array<PksaProgramme>, ageInYears: number | null, dateOfBirthEstimated: boolean, dateOfBirth: unknown, sex: Sex, area: JakartaArea | null, riskLevel: RiskLevel, careArrangement: CareArrangement, developmentRegressions: Array<DevelopmentDomain>, guardians: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, guardian: { id: string, fullName: string, phone: string | null } }>, placements: Array<{ startedOn: unknown, endedOn: unknown, institution: { id: string, name: string, type: InstitutionType } }>, currentPlacement: { institution: { id: string, name: string } } | null, companionAssignments: Array<{ startedOn: unknown, endedOn: unknown, companion: { id: string, fullName: string } }>, currentCompanion: { id: string, fullName: string, phone: string | null } | null, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }>, measurements: Array<{ measuredOn: unknown, weightKg: number | null, heightCm: number | null }>, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, submittedAt: string | null }> };

export type ProfilePageQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
  last: number;
}>;


export type ProfilePageQuery = { children: { nodes: Array<{ id: string, version: number, createdAt: string, updatedAt: string, fullName: string, nickname: string | null, programmes: Array<PksaProgramme>, ageInYears: number | null, dateOfBirthEstimated: boolean, dateOfBirth: unknown, sex: Sex, area: JakartaArea | null, riskLevel: RiskLevel, careArrangement: CareArrangement, developmentRegressions: Array<DevelopmentDomain>, guardians: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, guardian: { id: string, fullName: string, phone: string | null } }>, placements: Array<{ startedOn: unknown, endedOn: unknown, institution: { id: string, name: string, type: InstitutionType } }>, currentPlacement: { institution: { id: string, name: string } } | null, companionAssignments: Array<{ startedOn: unknown, endedOn: unknown, companion: { id: string, fullName: string } }>, currentCompanion: { id: string, fullName: string, phone: string | null } | null, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }>, measurements: Array<{ measuredOn: unknown, weightKg: number | null, heightCm: number | null }>, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, submittedAt: string | null }> }> } };

export type ProfilePageWithNextQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
  last: number;
}>;


export type ProfilePageWithNextQuery = { children: { nodes: Array<{ id: string, version: number, createdAt: string, updatedAt: string, fullName: string, nickname: string | null, programmes: Array<PksaProgramme>, ageInYears: number | null, dateOfBirthEstimated: boolean, dateOfBirth: unknown, sex: Sex, area: JakartaArea | null, riskLevel: RiskLevel, careArrangement: CareArrangement, developmentRegressions: Array<DevelopmentDomain>, guardians: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, guardian: { id: string, fullName: string, phone: string | null } }>, placements: Array<{ startedOn: unknown, endedOn: unknown, institution: { id: string, name: string, type: InstitutionType } }>, currentPlacement: { institution: { id: string, name: string } } | null, companionAssignments: Array<{ startedOn: unknown, endedOn: unknown, companion: { id: string, fullName: string } }>, currentCompanion: { id: string, fullName: string, phone: string | null } | null, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }>, measurements: Array<{ measuredOn: unknown, weightKg: number | null, heightCm: number | null }>, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, submittedAt: string | null }> }>, pageInfo: { hasNextPage: boolean } } };

export type ProfilesThroughGuardianQueryVariables = Exact<{
  id: string;
  last: number;
}>;


export type ProfilesThroughGuardianQuery = { guardian: { children: Array<{ child: { id: string, version: number, createdAt: string, updatedAt: string, fullName: string, nickname: string | null, programmes: Array<PksaProgramme>, ageInYears: number | null, dateOfBirthEstimated: boolean, dateOfBirth: unknown, sex: Sex, area: JakartaArea | null, riskLevel: RiskLevel, careArrangement: CareArrangement, developmentRegressions: Array<DevelopmentDomain>, guardians: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, guardian: { id: string, fullName: string, phone: string | null } }>, placements: Array<{ startedOn: unknown, endedOn: unknown, institution: { id: string, name: string, type: InstitutionType } }>, currentPlacement: { institution: { id: string, name: string } } | null, companionAssignments: Array<{ startedOn: unknown, endedOn: unknown, companion: { id: string, fullName: string } }>, currentCompanion: { id: string, fullName: string, phone: string | null } | null, needs: Array<{ kind: ChildNeedKind, status: ChildNeedStatus }>, measurements: Array<{ measuredOn: unknown, weightKg: number | null, heightCm: number | null }>, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, submittedAt: string | null }> } | null }> } | null };

export type ProfilesWithTheirCirclesQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
}>;


export type ProfilesWithTheirCirclesQuery = { children: { nodes: Array<{ id: string, guardians: Array<{ guardian: { id: string, children: Array<{ child: { id: string } | null }> } }>, currentPlacement: { institution: { id: string, currentPlacements: Array<{ child: { id: string } | null }> } } | null, currentCompanion: { id: string, caseload: Array<{ child: { id: string } | null }> } | null }> } };

export type CirclesThroughLoadersQueryVariables = Exact<{
  guardianId: string;
  institutionId: string;
  workerId: string;
}>;


export type CirclesThroughLoadersQuery = { guardian: { children: Array<{ child: { id: string } | null }> } | null, institution: { currentPlacements: Array<{ child: { id: string } | null }> } | null, worker: { caseload: Array<{ child: { id: string } | null }> } | null };

export type ReportsWithAndWithoutTextQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
  guardianId: string;
}>;


export type ReportsWithAndWithoutTextQuery = { children: { nodes: Array<{ id: string, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus }> }> }, guardian: { children: Array<{ child: { id: string, recentProgressReports: Array<{ periodStart: unknown, status: ProgressReportStatus, content: { problems: string } }> } | null }> } | null };

export type GuardiansSeenTwoWaysQueryVariables = Exact<{
  id: string;
}>;


export type GuardiansSeenTwoWaysQuery = { child: { id: string, guardians: Array<{ guardian: { id: string, fullName: string, children: Array<{ guardian: { id: string, phone: string | null } }> } }> } | null };

export type ChildSeenTwoWaysQueryVariables = Exact<{
  id: string;
}>;


export type ChildSeenTwoWaysQuery = { child: { id: string, fullName: string, guardians: Array<{ guardian: { children: Array<{ child: { id: string, dateOfBirth: unknown, sex: Sex } | null }> } }> } | null };

export type GuardianTiesOnProfilesQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
}>;


export type GuardianTiesOnProfilesQuery = { children: { nodes: Array<{ id: string, guardians: Array<{ guardian: { id: string, children: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, child: { id: string } | null }> } }> }> } };

export type GuardianTiesThroughLoaderQueryVariables = Exact<{
  guardianId: string;
}>;


export type GuardianTiesThroughLoaderQuery = { guardian: { children: Array<{ relationship: GuardianRelationship, isCaregiver: boolean, child: { id: string } | null }> } | null };

export type CaseFeedOwnFieldsSubscriptionVariables = Exact<{
  areas?: Array<JakartaArea> | JakartaArea | null | undefined;
}>;


export type CaseFeedOwnFieldsSubscription = { caseFeed: { sequence: string, kind: CaseEventKind, area: JakartaArea | null } };

export type CaseFeedWithReporterSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaseFeedWithReporterSubscription = { caseFeed: { sequence: string, kind: CaseEventKind, report: { trackingCode: string, reporterContact: string | null } | null } };

export type OverdueAlertsOwnFieldsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverdueAlertsOwnFieldsSubscription = { overdueReportAlerts: { sequence: string, level: number, area: JakartaArea | null, periodStart: unknown } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<StaffRole>, area: JakartaArea | null, active: boolean } };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type StaffAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  active?: boolean | null | undefined;
  role?: StaffRole | null | undefined;
}>;


export type StaffAccountsQuery = { staffAccounts: { totalCount: number, nodes: Array<{ id: string, email: string, roles: Array<StaffRole>, active: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffAccountQueryVariables = Exact<{
  id: string;
}>;


export type StaffAccountQuery = { staffAccount: { id: string, email: string, active: boolean, deactivationReason: string | null } | null };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { id: string, email: string, displayName: string, roles: Array<StaffRole>, area: JakartaArea | null, active: boolean } };

export type ChangeStaffAccountAccessMutationVariables = Exact<{
  input: ChangeStaffAccountAccessInput;
}>;


export type ChangeStaffAccountAccessMutation = { changeStaffAccountAccess: { id: string, roles: Array<StaffRole>, area: JakartaArea | null } };

export type DeactivateStaffAccountMutationVariables = Exact<{
  input: DeactivateStaffAccountInput;
}>;


export type DeactivateStaffAccountMutation = { deactivateStaffAccount: { id: string, active: boolean, deactivatedAt: string | null, deactivationReason: string | null } };

export type ReactivateStaffAccountMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateStaffAccountMutation = { reactivateStaffAccount: { id: string, active: boolean } };

export type MyStaffAccountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyStaffAccountChangedSubscription = { myStaffAccountChanged: { id: string, roles: Array<StaffRole>, area: JakartaArea | null, active: boolean } };

export type SupervisionSessionFieldsFragment = { id: string, kind: SupervisionSessionKind, status: SupervisionSessionStatus, topic: string, startsAt: string, endsAt: string, place: string | null, onlineLink: string | null, area: JakartaArea | null, cancellationReason: string | null, notes: string | null, version: number, expert: { id: string }, participants: Array<{ id: string, communityName: string | null, communityContact: string | null, attended: boolean | null, worker: { id: string } | null }>, discussedChildren: Array<{ sharedWithExpert: boolean, child: { id: string } | null }>, discussedCases: Array<{ id: string }>, followUps: Array<{ id: string, recommendation: string, dueOn: unknown, completedAt: string | null, owner: { id: string } }> };

export type PublishExpertAvailabilityMutationVariables = Exact<{
  input: PublishExpertAvailabilityInput;
}>;


export type PublishExpertAvailabilityMutation = { publishExpertAvailability: { id: string, recurrence: AvailabilityRecurrence, weekday: number | null, date: unknown, startTime: string, endTime: string, expert: { id: string } } };

export type ExpertAvailabilityQueryVariables = Exact<{
  expertId: string;
}>;


export type ExpertAvailabilityQuery = { expertAvailability: Array<{ id: string, recurrence: AvailabilityRecurrence, weekday: number | null, date: unknown, startTime: string, endTime: string }> };

export type RequestSupervisionSessionMutationVariables = Exact<{
  input: RequestSupervisionSessionInput;
}>;


export type RequestSupervisionSessionMutation = { requestSupervisionSession: { id: string, kind: SupervisionSessionKind, status: SupervisionSessionStatus, topic: string, startsAt: string, endsAt: string, place: string | null, onlineLink: string | null, area: JakartaArea | null, cancellationReason: string | null, notes: string | null, version: number, expert: { id: string }, participants: Array<{ id: string, communityName: string | null, communityContact: string | null, attended: boolean | null, worker: { id: string } | null }>, discussedChildren: Array<{ sharedWithExpert: boolean, child: { id: string } | null }>, discussedCases: Array<{ id: string }>, followUps: Array<{ id: string, recommendation: string, dueOn: unknown, completedAt: string | null, owner: { id: string } }> } };

export type ConfirmSupervisionSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type ConfirmSupervisionSessionMutation = { confirmSupervisionSession: { id: string, status: SupervisionSessionStatus } };

export type CancelSupervisionSessionMutationVariables = Exact<{
  sessionId: string;
  reason: string;
}>;


export type CancelSupervisionSessionMutation = { cancelSupervisionSession: { id: string, status: SupervisionSessionStatus, cancellationReason: string | null } };

export type RecordSupervisionSessionOutcomeMutationVariables = Exact<{
  input: RecordSessionOutcomeInput;
}>;


export type RecordSupervisionSessionOutcomeMutation = { recordSupervisionSessionOutcome: { id: string, kind: SupervisionSessionKind, status: SupervisionSessionStatus, topic: string, startsAt: string, endsAt: string, place: string | null, onlineLink: string | null, area: JakartaArea | null, cancellationReason: string | null, notes: string | null, version: number, expert: { id: string }, participants: Array<{ id: string, communityName: string | null, communityContact: string | null, attended: boolean | null, worker: { id: string } | null }>, discussedChildren: Array<{ sharedWithExpert: boolean, child: { id: string } | null }>, discussedCases: Array<{ id: string }>, followUps: Array<{ id: string, recommendation: string, dueOn: unknown, completedAt: string | null, owner: { id: string } }> } };

export type SupervisionSessionQueryVariables = Exact<{
  id: string;
}>;


export type SupervisionSessionQuery = { supervisionSession: { id: string, kind: SupervisionSessionKind, status: SupervisionSessionStatus, topic: string, startsAt: string, endsAt: string, place: string | null, onlineLink: string | null, area: JakartaArea | null, cancellationReason: string | null, notes: string | null, version: number, expert: { id: string }, participants: Array<{ id: string, communityName: string | null, communityContact: string | null, attended: boolean | null, worker: { id: string } | null }>, discussedChildren: Array<{ sharedWithExpert: boolean, child: { id: string } | null }>, discussedCases: Array<{ id: string }>, followUps: Array<{ id: string, recommendation: string, dueOn: unknown, completedAt: string | null, owner: { id: string } }> } | null };

export type MySupervisionSessionsSubscriptionVariables = Exact<{
  afterSequence?: string | null | undefined;
}>;


export type MySupervisionSessionsSubscription = { mySupervisionSessions: { sequence: string, change: SupervisionSessionChange, session: { id: string, status: SupervisionSessionStatus } | null } };

export type IssueCalendarTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueCalendarTokenMutation = { issueCalendarToken: { path: string, token: string } };

export type CompleteSupervisionFollowUpMutationVariables = Exact<{
  followUpId: string;
  note: string;
}>;


export type CompleteSupervisionFollowUpMutation = { completeSupervisionFollowUp: { id: string, completedAt: string | null } };

export type OverdueFollowUpsQueryVariables = Exact<{
  area?: JakartaArea | null | undefined;
}>;


export type OverdueFollowUpsQuery = { overdueFollowUps: Array<{ id: string, recommendation: string, dueOn: unknown, owner: { id: string }, child: { id: string } | null }> };

export type StartSpotCheckMutationVariables = Exact<{
  companionId: string;
}>;


export type StartSpotCheckMutation = { startSpotCheck: { id: string, childId: string, outcome: SpotCheckOutcome | null, companion: { id: string } } };

export type RecordSpotCheckOutcomeMutationVariables = Exact<{
  input: RecordSpotCheckOutcomeInput;
}>;


export type RecordSpotCheckOutcomeMutation = { recordSpotCheckOutcome: { id: string, outcome: SpotCheckOutcome | null, notes: string | null, aidGrantsChanged: number } };

export type SupervisionCoverageQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
}>;


export type SupervisionCoverageQuery = { supervisionCoverage: Array<{ month: string, area: JakartaArea | null, workersSupervised: number, companionsSupervised: number, sessionsHeld: number, sessionsCancelled: number, followUpsDue: number, followUpsDoneOnTime: number }> };

export type ChildTimelineQueryVariables = Exact<{
  id: string;
}>;


export type ChildTimelineQuery = { child: { id: string, fullName: string, timeline: Array<{ kind: ChildTimelineEntryKind, occurredAt: string, summary: string | null, followUpId: string | null, supervisionSessionId: string | null, dueOn: unknown }> } | null };

export type ExpertChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertChildrenQuery = { children: { totalCount: number, nodes: Array<{ id: string }> } };

export type OverdueFollowUpsNestedQueryVariables = Exact<{
  area?: JakartaArea | null | undefined;
}>;


export type OverdueFollowUpsNestedQuery = { overdueFollowUps: Array<{ id: string, owner: { id: string, fullName: string }, child: { id: string, fullName: string } | null, session: { id: string, expert: { id: string }, participants: Array<{ worker: { id: string } | null }>, discussedChildren: Array<{ child: { id: string } | null }>, followUps: Array<{ id: string }> } | null }> };

export type MarkSupervisionSessionNoShowMutationVariables = Exact<{
  sessionId: string;
}>;


export type MarkSupervisionSessionNoShowMutation = { markSupervisionSessionNoShow: { id: string, status: SupervisionSessionStatus } };

export const AidGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<AidGrantFieldsFragment, unknown>;
export const ChildNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]} as unknown as DocumentNode<ChildNameFragment, unknown>;
export const ProfileCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"ageInYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ProfileCardFragment, unknown>;
export const SupervisionSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"communityContact"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithExpert"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionFieldsFragment, unknown>;
export const AidProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareBeneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"childShareAmount"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareAmount"}}]}}]}}]}}]} as unknown as DocumentNode<AidProgrammesQuery, AidProgrammesQueryVariables>;
export const OpenProgrammeYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProgrammeYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PksaProgramme"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childShareAmount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rupiah"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secondShareAmount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rupiah"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openProgrammeYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"childShareAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childShareAmount"}}},{"kind":"Argument","name":{"kind":"Name","value":"secondShareAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secondShareAmount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"childShareAmount"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareAmount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenProgrammeYearMutation, OpenProgrammeYearMutationVariables>;
export const ProposeAidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAidGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<ProposeAidGrantMutation, ProposeAidGrantMutationVariables>;
export const ApproveAidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<ApproveAidGrantMutation, ApproveAidGrantMutationVariables>;
export const SuspendAidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendAidGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<SuspendAidGrantMutation, SuspendAidGrantMutationVariables>;
export const ReinstateAidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateAidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"detail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateAidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<ReinstateAidGrantMutation, ReinstateAidGrantMutationVariables>;
export const TerminateAidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateAidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"detail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateAidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"detail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<TerminateAidGrantMutation, TerminateAidGrantMutationVariables>;
export const RecordDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordDisbursementMutation, RecordDisbursementMutationVariables>;
export const ReverseLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ReverseLedgerEntryMutation, ReverseLedgerEntryMutationVariables>;
export const AidGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidGrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"childShareAmount"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareAmount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCategory"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryKind"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"secondShareDisbursed"}}]}}]} as unknown as DocumentNode<AidGrantQuery, AidGrantQueryVariables>;
export const ChildAidGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildAidGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childAidGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChildAidGrantsQuery, ChildAidGrantsQueryVariables>;
export const AidLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AidLedgerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<AidLedgerQuery, AidLedgerQueryVariables>;
export const TransparencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transparency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSupported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDisbursed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransparencyQuery, TransparencyQueryVariables>;
export const AidLedgerDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidLedgerDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AidLedgerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childShareDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"programmeYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AidLedgerDeepQuery, AidLedgerDeepQueryVariables>;
export const SetProgrammeReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProgrammeReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PksaProgramme"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProgrammeReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodMonths"}}]}}]}}]} as unknown as DocumentNode<SetProgrammeReportingPeriodMutation, SetProgrammeReportingPeriodMutationVariables>;
export const ChildAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"staffAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<ChildAccessLogQuery, ChildAccessLogQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ChildWithNikDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildWithNik"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nik"}}]}}]}}]} as unknown as DocumentNode<ChildWithNikQuery, ChildWithNikQueryVariables>;
export const RecordNeedForAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNeedForAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordNeedForAuditMutation, RecordNeedForAuditMutationVariables>;
export const ChildWithGuardianPhonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildWithGuardianPhones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildWithGuardianPhonesQuery, ChildWithGuardianPhonesQueryVariables>;
export const ChildrenOfCompanionForAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenOfCompanionForAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenOfCompanionForAuditQuery, ChildrenOfCompanionForAuditQueryVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const ChildFieldsAsAskedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildFieldsAsAsked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNik"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nik"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNik"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildName"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutName"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]} as unknown as DocumentNode<ChildFieldsAsAskedQuery, ChildFieldsAsAskedQueryVariables>;
export const ProtectionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtectionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]}}]} as unknown as DocumentNode<ProtectionCaseQuery, ProtectionCaseQueryVariables>;
export const TriageProtectionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageProtectionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageProtectionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageProtectionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<TriageProtectionCaseMutation, TriageProtectionCaseMutationVariables>;
export const ChangeProtectionCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeProtectionCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeProtectionCaseStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeProtectionCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}}]}}]}}]} as unknown as DocumentNode<ChangeProtectionCaseStatusMutation, ChangeProtectionCaseStatusMutationVariables>;
export const DispatchSocialWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchSocialWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchSocialWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteBy"}}]}}]}}]} as unknown as DocumentNode<DispatchSocialWorkerMutation, DispatchSocialWorkerMutationVariables>;
export const RecordDispatchProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDispatchProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dispatchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDispatchProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dispatchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dispatchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecordDispatchProgressMutation, RecordDispatchProgressMutationVariables>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const ReferProtectionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferProtectionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferProtectionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referProtectionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReferProtectionCaseMutation, ReferProtectionCaseMutationVariables>;
export const RecordReferralOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}}]}}]} as unknown as DocumentNode<RecordReferralOutcomeMutation, RecordReferralOutcomeMutationVariables>;
export const CaseRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordsQuery, CaseRecordsQueryVariables>;
export const ProtectionCaseChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtectionCaseChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ProtectionCaseChildQuery, ProtectionCaseChildQueryVariables>;
export const SetMyDutyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyDutyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDuty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyDutyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"onDuty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDuty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}}]}}]}}]} as unknown as DocumentNode<SetMyDutyStatusMutation, SetMyDutyStatusMutationVariables>;
export const EvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"casesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatches"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"p90MinutesToAcknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"shareAcknowledgedInTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"draftsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsByCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsByInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"birthCertificatesObtained"}},{"kind":"Field","name":{"kind":"Name","value":"childrenEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"nutritionImproved"}}]}}]}}]} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const SubmitHotlineReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitHotlineReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitHotlineReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHotlineReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitHotlineReportMutation, SubmitHotlineReportMutationVariables>;
export const HotlineReportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HotlineReportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotlineReportStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HotlineReportStatusQuery, HotlineReportStatusQueryVariables>;
export const CaseFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"areas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"reportKind"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CaseFeedSubscription, CaseFeedSubscriptionVariables>;
export const HotlineReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HotlineReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotlineReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HotlineReportsQuery, HotlineReportsQueryVariables>;
export const IntrospectionProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntrospectionProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IntrospectionProbeQuery, IntrospectionProbeQueryVariables>;
export const MyReportingObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReportingObligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReportingObligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyReportingObligationsQuery, MyReportingObligationsQueryVariables>;
export const SaveProgressReportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProgressReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProgressReportDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgressReportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<SaveProgressReportDraftMutation, SaveProgressReportDraftMutationVariables>;
export const SubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const ReviewProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ReviewProgressReportMutation, ReviewProgressReportMutationVariables>;
export const ChildProgressReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildProgressReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildProgressReportsQuery, ChildProgressReportsQueryVariables>;
export const ReportingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<ReportingOverviewQuery, ReportingOverviewQueryVariables>;
export const OverdueReportAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverdueReportAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minimumLevel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueReportAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}},{"kind":"Argument","name":{"kind":"Name","value":"areas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}},{"kind":"Argument","name":{"kind":"Name","value":"minimumLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minimumLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"aidGrantsSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueReportAlertsSubscription, OverdueReportAlertsSubscriptionVariables>;
export const ChildRecentProgressReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildRecentProgressReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChildRecentProgressReportsQuery, ChildRecentProgressReportsQueryVariables>;
export const ChildProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"ageInYears"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ChildProfileQuery, ChildProfileQueryVariables>;
export const ChildSensitiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildSensitive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nik"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityDetail"}}]}}]}}]} as unknown as DocumentNode<ChildSensitiveQuery, ChildSensitiveQueryVariables>;
export const ChildNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChildNeedsQuery, ChildNeedsQueryVariables>;
export const ChildDevelopmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildDevelopment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"developmentAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}}]}}]}}]} as unknown as DocumentNode<ChildDevelopmentQuery, ChildDevelopmentQueryVariables>;
export const ChildCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"dateValue"}},{"kind":"Field","name":{"kind":"Name","value":"booleanValue"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCustomFieldsQuery, ChildCustomFieldsQueryVariables>;
export const ChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Children"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ChildrenQuery, ChildrenQueryVariables>;
export const DeepProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepProfilesQuery, DeepProfilesQueryVariables>;
export const GuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardianQuery, GuardianQueryVariables>;
export const InstitutionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionChildrenQuery, InstitutionChildrenQueryVariables>;
export const RegisterChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kecamatanCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterChildMutation, RegisterChildMutationVariables>;
export const UpdateChildProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChildProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChildProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]} as unknown as DocumentNode<UpdateChildProfileMutation, UpdateChildProfileMutationVariables>;
export const LinkGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkGuardianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkGuardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkGuardianMutation, LinkGuardianMutationVariables>;
export const AssignCompanionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCompanion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCompanionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCompanionMutation, AssignCompanionMutationVariables>;
export const RecordDevelopmentAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDevelopmentAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDevelopmentAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDevelopmentAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDevelopmentAssessmentMutation, RecordDevelopmentAssessmentMutationVariables>;
export const DefineProfileFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineProfileField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineProfileFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineProfileField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]} as unknown as DocumentNode<DefineProfileFieldMutation, DefineProfileFieldMutationVariables>;
export const RegisterInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<RegisterInstitutionMutation, RegisterInstitutionMutationVariables>;
export const ProfileFieldDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProfileFieldDefinitionsQuery, ProfileFieldDefinitionsQueryVariables>;
export const RetireProfileFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireProfileField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireProfileField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RetireProfileFieldMutation, RetireProfileFieldMutationVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"accreditation"}},{"kind":"Field","name":{"kind":"Name","value":"isReportingPoint"}}]}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const PlaceChildInInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceChildInInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeChildInInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceChildInInstitutionMutation, PlaceChildInInstitutionMutationVariables>;
export const KecamatanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KecamatanList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kecamatanList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]} as unknown as DocumentNode<KecamatanListQuery, KecamatanListQueryVariables>;
export const ProfilePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"ageInYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ProfilePageQuery, ProfilePageQueryVariables>;
export const ProfilePageWithNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePageWithNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"ageInYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ProfilePageWithNextQuery, ProfilePageWithNextQueryVariables>;
export const ProfilesThroughGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilesThroughGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"ageInYears"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"heightCm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentRegressions"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ProfilesThroughGuardianQuery, ProfilesThroughGuardianQueryVariables>;
export const ProfilesWithTheirCirclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilesWithTheirCircles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCompanion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilesWithTheirCirclesQuery, ProfilesWithTheirCirclesQueryVariables>;
export const CirclesThroughLoadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CirclesThroughLoaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CirclesThroughLoadersQuery, CirclesThroughLoadersQueryVariables>;
export const ReportsWithAndWithoutTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsWithAndWithoutText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recentProgressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsWithAndWithoutTextQuery, ReportsWithAndWithoutTextQueryVariables>;
export const GuardiansSeenTwoWaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuardiansSeenTwoWays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardiansSeenTwoWaysQuery, GuardiansSeenTwoWaysQueryVariables>;
export const ChildSeenTwoWaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildSeenTwoWays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildSeenTwoWaysQuery, ChildSeenTwoWaysQueryVariables>;
export const GuardianTiesOnProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuardianTiesOnProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardianTiesOnProfilesQuery, GuardianTiesOnProfilesQueryVariables>;
export const GuardianTiesThroughLoaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuardianTiesThroughLoader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guardianId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"isCaregiver"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardianTiesThroughLoaderQuery, GuardianTiesThroughLoaderQueryVariables>;
export const CaseFeedOwnFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseFeedOwnFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areas"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]} as unknown as DocumentNode<CaseFeedOwnFieldsSubscription, CaseFeedOwnFieldsSubscriptionVariables>;
export const CaseFeedWithReporterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseFeedWithReporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}}]}}]}}]}}]} as unknown as DocumentNode<CaseFeedWithReporterSubscription, CaseFeedWithReporterSubscriptionVariables>;
export const OverdueAlertsOwnFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverdueAlertsOwnFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueReportAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}}]}}]}}]} as unknown as DocumentNode<OverdueAlertsOwnFieldsSubscription, OverdueAlertsOwnFieldsSubscriptionVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Typename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TypenameQuery, TypenameQueryVariables>;
export const StaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}}]}}]}}]} as unknown as DocumentNode<StaffAccountQuery, StaffAccountQueryVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const ChangeStaffAccountAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStaffAccountAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStaffAccountAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffAccountAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]} as unknown as DocumentNode<ChangeStaffAccountAccessMutation, ChangeStaffAccountAccessMutationVariables>;
export const DeactivateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationReason"}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffAccountMutation, DeactivateStaffAccountMutationVariables>;
export const ReactivateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateStaffAccountMutation, ReactivateStaffAccountMutationVariables>;
export const MyStaffAccountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyStaffAccountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myStaffAccountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<MyStaffAccountChangedSubscription, MyStaffAccountChangedSubscriptionVariables>;
export const PublishExpertAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishExpertAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishExpertAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishExpertAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishExpertAvailabilityMutation, PublishExpertAvailabilityMutationVariables>;
export const ExpertAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<ExpertAvailabilityQuery, ExpertAvailabilityQueryVariables>;
export const RequestSupervisionSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSupervisionSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSupervisionSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"communityContact"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithExpert"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSupervisionSessionMutation, RequestSupervisionSessionMutationVariables>;
export const ConfirmSupervisionSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSupervisionSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmSupervisionSessionMutation, ConfirmSupervisionSessionMutationVariables>;
export const CancelSupervisionSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSupervisionSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]} as unknown as DocumentNode<CancelSupervisionSessionMutation, CancelSupervisionSessionMutationVariables>;
export const RecordSupervisionSessionOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionSessionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionSessionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"communityContact"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithExpert"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionSessionOutcomeMutation, RecordSupervisionSessionOutcomeMutationVariables>;
export const SupervisionSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"communityContact"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithExpert"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionQuery, SupervisionSessionQueryVariables>;
export const MySupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MySupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySupervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MySupervisionSessionsSubscription, MySupervisionSessionsSubscriptionVariables>;
export const IssueCalendarTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCalendarToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCalendarToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<IssueCalendarTokenMutation, IssueCalendarTokenMutationVariables>;
export const CompleteSupervisionFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSupervisionFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSupervisionFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CompleteSupervisionFollowUpMutation, CompleteSupervisionFollowUpMutationVariables>;
export const OverdueFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpsQuery, OverdueFollowUpsQueryVariables>;
export const StartSpotCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSpotCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSpotCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StartSpotCheckMutation, StartSpotCheckMutationVariables>;
export const RecordSpotCheckOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSpotCheckOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSpotCheckOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSpotCheckOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"aidGrantsChanged"}}]}}]}}]} as unknown as DocumentNode<RecordSpotCheckOutcomeMutation, RecordSpotCheckOutcomeMutationVariables>;
export const SupervisionCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"workersSupervised"}},{"kind":"Field","name":{"kind":"Name","value":"companionsSupervised"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDoneOnTime"}}]}}]}}]} as unknown as DocumentNode<SupervisionCoverageQuery, SupervisionCoverageQueryVariables>;
export const ChildTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<ChildTimelineQuery, ChildTimelineQueryVariables>;
export const ExpertChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExpertChildrenQuery, ExpertChildrenQueryVariables>;
export const OverdueFollowUpsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueFollowUpsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JakartaArea"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discussedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpsNestedQuery, OverdueFollowUpsNestedQueryVariables>;
export const MarkSupervisionSessionNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSupervisionSessionNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSupervisionSessionNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkSupervisionSessionNoShowMutation, MarkSupervisionSessionNoShowMutationVariables>;