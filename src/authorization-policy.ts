import { StaffRole } from './shared/auth/roles';

/**
 * How far a role reaches with an operation or field. A role that is not named is refused (FORBIDDEN, or
 * UNAUTHENTICATED for a caller who is not signed in). For a field of a record, the reach is the record's:
 * the table only says who may read the field at all.
 */
export enum Reach {
  /** Every record. */
  ALL = 'ALL',
  /** Records of the caller's area (kota administrasi); a supervisor bound to no area (the head) reaches all. */
  OWN_AREA = 'OWN_AREA',
  /** Children in the caller's current caseload (companions), and what hangs off them. */
  OWN_CASELOAD = 'OWN_CASELOAD',
  /** Children placed in the caller's institution now, and what hangs off them. */
  OWN_INSTITUTION = 'OWN_INSTITUTION',
  /** Children a supervision session shared with the caller (experts); none until one is shared. */
  SHARED_WITH_EXPERT = 'SHARED_WITH_EXPERT',
  /** The caller's own account, worker record, reports or subscriptions. */
  OWN = 'OWN',
  /** The operation answers, but the role's scope holds no records of this kind: always empty or not found. */
  NO_RECORDS = 'NO_RECORDS',
}

/** Anyone, signed in or not (masyarakat), besides the staff roles. */
export const PUBLIC = 'PUBLIC';
export type PolicyRole = StaffRole | typeof PUBLIC;
export type PolicyEntry = Readonly<Partial<Record<PolicyRole, Reach>>>;

const { HOTLINE_OPERATOR, SOCIAL_WORKER, COMPANION, INSTITUTION_STAFF, SUPERVISOR, EXPERT_ADVISOR, AUDITOR, ADMIN } = StaffRole;
const { ALL, OWN_AREA, OWN_CASELOAD, OWN_INSTITUTION, SHARED_WITH_EXPERT, OWN, NO_RECORDS } = Reach;

/** The same reach for each of the roles named. */
function each(reach: Reach, ...roles: PolicyRole[]): PolicyEntry {
  return Object.fromEntries(roles.map((role) => [role, reach]));
}

const EVERY_STAFF_ROLE = Object.values(StaffRole);

/** Reference data and the registry's directories: every staff member, every record. */
const STAFF_DIRECTORY = each(ALL, ...EVERY_STAFF_ROLE);
const EVERYONE = each(ALL, PUBLIC);

/**
 * Children and what hangs off them (guardians, placements, needs, reports): the child scope of
 * `src/children/child-scope.ts`. Hotline operators find any child a caller speaks of (sensitive fields
 * stay closed to them); auditors and administrators manage money and accounts, not children.
 */
const CHILD_RECORDS: PolicyEntry = {
  HOTLINE_OPERATOR: ALL,
  SUPERVISOR: OWN_AREA,
  SOCIAL_WORKER: OWN_AREA,
  COMPANION: OWN_CASELOAD,
  INSTITUTION_STAFF: OWN_INSTITUTION,
  EXPERT_ADVISOR: SHARED_WITH_EXPERT,
  AUDITOR: NO_RECORDS,
  ADMIN: NO_RECORDS,
};

/** Sensitive child fields: only the people who work with the child (never hotline operators or experts). */
const CARE_TEAM = each(ALL, SOCIAL_WORKER, COMPANION, SUPERVISOR, INSTITUTION_STAFF);

/** Work on a child's record: the care team, each within their scope. */
const CARE_TEAM_WORK: PolicyEntry = { SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA, COMPANION: OWN_CASELOAD, INSTITUTION_STAFF: OWN_INSTITUTION };

/** Protection cases (`src/cases/case-scope.ts`): social workers also reach the cases they were dispatched to. */
const CASEWORK: PolicyEntry = { HOTLINE_OPERATOR: ALL, SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA };

/** Hotline reports (`src/hotline/report-scope.ts`): complaints reach auditors and administrators only. */
const HOTLINE_REPORTS: PolicyEntry = { HOTLINE_OPERATOR: ALL, SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA, AUDITOR: ALL, ADMIN: ALL };

/**
 * Supervision sessions: the people in a session see it; supervisors their area's; administrators all. The
 * expert's reach over children is what a session shares with them.
 */
const SESSION_PEOPLE: PolicyEntry = { SUPERVISOR: OWN_AREA, COMPANION: OWN, SOCIAL_WORKER: OWN, INSTITUTION_STAFF: OWN, EXPERT_ADVISOR: OWN, ADMIN: ALL };
const SESSION_FIELDS = each(ALL, SUPERVISOR, COMPANION, SOCIAL_WORKER, INSTITUTION_STAFF, EXPERT_ADVISOR, ADMIN);
const SLOT_READERS = each(ALL, SUPERVISOR, COMPANION, SOCIAL_WORKER, EXPERT_ADVISOR, ADMIN);

/** Aid grants follow the child's scope; auditors and administrators follow the money everywhere. */
const AID_GRANTS: PolicyEntry = { ...CARE_TEAM_WORK, AUDITOR: ALL, ADMIN: ALL };

/**
 * The policy table: for every operation (`Query.x`, `Mutation.x`, `Subscription.x`), every field resolver
 * and every sensitive field (`Type.field`), which roles may use it and how far they reach. Deny by default:
 * the schema build fails when an operation or a guarded field has no entry here, or an entry names nothing
 * in the schema. `test/authorization-matrix.e2e.test.ts` checks every cell of it over HTTP and WebSocket.
 */
export const AUTHORIZATION_POLICY: Readonly<Record<string, PolicyEntry>> = {
  // Registry
  'Query.child': CHILD_RECORDS,
  'Query.children': CHILD_RECORDS,
  'Query.guardian': CHILD_RECORDS,
  'Query.institution': STAFF_DIRECTORY,
  'Query.institutions': STAFF_DIRECTORY,
  'Query.worker': STAFF_DIRECTORY,
  'Query.workers': STAFF_DIRECTORY,
  'Query.profileFieldDefinitions': STAFF_DIRECTORY,
  'Query.kecamatanList': STAFF_DIRECTORY,
  'Query.kelurahanList': STAFF_DIRECTORY,
  'Mutation.registerChild': { SOCIAL_WORKER: OWN_AREA, SUPERVISOR: OWN_AREA, HOTLINE_OPERATOR: ALL, INSTITUTION_STAFF: OWN_INSTITUTION },
  'Mutation.updateChildProfile': CARE_TEAM_WORK,
  'Mutation.linkGuardian': { SOCIAL_WORKER: OWN_AREA, SUPERVISOR: OWN_AREA, COMPANION: OWN_CASELOAD },
  'Mutation.placeChildInInstitution': { SOCIAL_WORKER: OWN_AREA, SUPERVISOR: OWN_AREA },
  'Mutation.assignCompanion': { SUPERVISOR: OWN_AREA },
  'Mutation.recordChildNeed': CARE_TEAM_WORK,
  'Mutation.recordMeasurement': CARE_TEAM_WORK,
  'Mutation.recordDevelopmentAssessment': CARE_TEAM_WORK,
  'Mutation.registerInstitution': each(ALL, ADMIN, SUPERVISOR),
  'Mutation.updateInstitution': each(ALL, ADMIN, SUPERVISOR),
  'Mutation.registerWorker': each(ALL, ADMIN, SUPERVISOR),
  'Mutation.setMyDutyStatus': each(OWN, SOCIAL_WORKER, COMPANION, INSTITUTION_STAFF, EXPERT_ADVISOR),
  'Mutation.defineProfileField': each(ALL, ADMIN),
  'Mutation.retireProfileField': each(ALL, ADMIN),
  'Child.nik': each(ALL, SOCIAL_WORKER, COMPANION, SUPERVISOR),
  'Child.address': CARE_TEAM,
  'Child.disabilityDetail': CARE_TEAM,
  'Child.measurements': CARE_TEAM,
  'Child.developmentAssessments': { ...CARE_TEAM, EXPERT_ADVISOR: ALL },
  'Child.developmentRegressions': { ...CARE_TEAM, EXPERT_ADVISOR: ALL },
  'Child.ageInYears': STAFF_DIRECTORY,
  'Child.kecamatan': STAFF_DIRECTORY,
  'Child.kelurahan': STAFF_DIRECTORY,
  'Child.guardians': STAFF_DIRECTORY,
  'Child.placements': STAFF_DIRECTORY,
  'Child.currentPlacement': STAFF_DIRECTORY,
  'Child.companionAssignments': STAFF_DIRECTORY,
  'Child.currentCompanion': STAFF_DIRECTORY,
  'Child.needs': STAFF_DIRECTORY,
  'Child.customFields': STAFF_DIRECTORY,
  'ChildGuardian.guardian': STAFF_DIRECTORY,
  'ChildGuardian.child': STAFF_DIRECTORY,
  'Guardian.children': STAFF_DIRECTORY,
  'Guardian.phone': CARE_TEAM,
  'Guardian.address': CARE_TEAM,
  'Placement.institution': STAFF_DIRECTORY,
  'Placement.child': STAFF_DIRECTORY,
  'Institution.currentPlacements': STAFF_DIRECTORY,
  'CompanionAssignment.companion': STAFF_DIRECTORY,
  'CompanionAssignment.child': STAFF_DIRECTORY,
  'Worker.caseload': STAFF_DIRECTORY,
  'Worker.institution': STAFF_DIRECTORY,

  // Staff accounts
  'Query.me': each(OWN, ...EVERY_STAFF_ROLE),
  'Query.staffAccount': each(ALL, ADMIN),
  'Query.staffAccounts': each(ALL, ADMIN),
  'Mutation.createStaffAccount': each(ALL, ADMIN),
  'Mutation.changeStaffAccountAccess': each(ALL, ADMIN),
  'Mutation.deactivateStaffAccount': each(ALL, ADMIN),
  'Mutation.reactivateStaffAccount': each(ALL, ADMIN),
  'Subscription.myStaffAccountChanged': each(OWN, ...EVERY_STAFF_ROLE),

  // Hotline and protection cases
  'Mutation.submitHotlineReport': EVERYONE,
  'Query.hotlineReportStatus': EVERYONE,
  'Query.hotlineReport': HOTLINE_REPORTS,
  'Query.hotlineReports': HOTLINE_REPORTS,
  'HotlineReport.reporterName': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, AUDITOR, ADMIN),
  'HotlineReport.reporterContact': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, AUDITOR, ADMIN),
  'Query.protectionCase': CASEWORK,
  'ProtectionCase.notes': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'ProtectionCase.referrals': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'ProtectionCase.timeline': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'ProtectionCase.dispatches': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'ProtectionCase.reports': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'ProtectionCase.child': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'CaseReferral.institution': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'Dispatch.worker': each(ALL, HOTLINE_OPERATOR, SUPERVISOR, SOCIAL_WORKER),
  'Mutation.addCaseNote': CASEWORK,
  'Mutation.referProtectionCase': { SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA },
  'Mutation.recordReferralOutcome': { SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA },
  'Mutation.triageProtectionCase': { HOTLINE_OPERATOR: ALL, SUPERVISOR: OWN_AREA },
  'Mutation.changeProtectionCaseStatus': { SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA },
  'Mutation.dispatchSocialWorker': { HOTLINE_OPERATOR: ALL, SUPERVISOR: OWN_AREA },
  'Mutation.recordDispatchProgress': { SOCIAL_WORKER: OWN, SUPERVISOR: OWN_AREA },
  'Subscription.caseFeed': { ...CASEWORK, AUDITOR: ALL, ADMIN: ALL },
  'CaseFeedEvent.report': { ...CASEWORK, AUDITOR: ALL, ADMIN: ALL },
  'CaseFeedEvent.protectionCase': { ...CASEWORK, AUDITOR: ALL, ADMIN: ALL },

  // Accountability reports and evaluation
  'Query.myReportingObligations': each(OWN, COMPANION),
  'Query.reportingOverview': { SUPERVISOR: OWN_AREA },
  'Query.childProgressReports': CARE_TEAM_WORK,
  'Query.evaluation': { SUPERVISOR: OWN_AREA, ADMIN: ALL, AUDITOR: ALL },
  'Mutation.saveProgressReportDraft': each(OWN, COMPANION),
  'Mutation.submitProgressReport': each(OWN, COMPANION),
  'Mutation.reviewProgressReport': { SUPERVISOR: OWN_AREA },
  'ReportingObligationEntry.child': each(ALL, COMPANION),
  'ProgressReport.revisions': CARE_TEAM,
  'Child.recentProgressReports': CARE_TEAM,
  'ProgressReport.child': CARE_TEAM,
  'ProgressReport.companion': CARE_TEAM,
  'CompanionReportingSummaryEntry.companion': each(ALL, SUPERVISOR),
  'Subscription.overdueReportAlerts': { SUPERVISOR: OWN_AREA, ADMIN: ALL },
  'OverdueReportAlert.child': each(ALL, SUPERVISOR, ADMIN),
  'OverdueReportAlert.companion': each(ALL, SUPERVISOR, ADMIN),

  // Aid
  'Query.aidProgrammes': EVERYONE,
  'Query.transparency': EVERYONE,
  'ProgrammeYear.programme': EVERYONE,
  'AidProgramme.years': EVERYONE,
  'Query.aidGrant': AID_GRANTS,
  'Query.childAidGrants': CARE_TEAM_WORK,
  'Query.aidLedger': each(ALL, AUDITOR, ADMIN),
  'AidGrant.child': AID_GRANTS,
  'AidGrant.programmeYear': AID_GRANTS,
  'AidGrant.history': AID_GRANTS,
  'AidGrant.ledgerEntries': AID_GRANTS,
  'AidGrant.childShareDisbursed': AID_GRANTS,
  'AidGrant.secondShareDisbursed': AID_GRANTS,
  'LedgerEntry.grant': AID_GRANTS,
  'LedgerEntry.reversesEntryId': AID_GRANTS,
  'Mutation.proposeAidGrant': { SUPERVISOR: OWN_AREA, SOCIAL_WORKER: OWN_AREA },
  'Mutation.approveAidGrant': { SUPERVISOR: OWN_AREA },
  'Mutation.suspendAidGrant': { SUPERVISOR: OWN_AREA },
  'Mutation.reinstateAidGrant': { SUPERVISOR: OWN_AREA },
  'Mutation.terminateAidGrant': { SUPERVISOR: OWN_AREA },
  'Mutation.recordDisbursement': { SUPERVISOR: OWN_AREA },
  'Mutation.reverseLedgerEntry': { SUPERVISOR: OWN_AREA },
  'Mutation.openProgrammeYear': each(ALL, ADMIN),
  'Mutation.setProgrammeReportingPeriod': each(ALL, ADMIN),

  // Audit log
  'Query.auditLog': each(ALL, ADMIN, AUDITOR),
  'Query.childAccessLog': each(ALL, ADMIN, AUDITOR),

  // Expert supervision
  'Query.expertAvailability': SLOT_READERS,
  'ExpertAvailability.expert': SLOT_READERS,
  'Mutation.publishExpertAvailability': each(OWN, EXPERT_ADVISOR),
  'Mutation.withdrawExpertAvailability': each(OWN, EXPERT_ADVISOR),
  'Query.supervisionSession': SESSION_PEOPLE,
  'Mutation.requestSupervisionSession': { SUPERVISOR: OWN_AREA, COMPANION: OWN },
  'Mutation.confirmSupervisionSession': each(OWN, EXPERT_ADVISOR),
  'Mutation.cancelSupervisionSession': { SUPERVISOR: OWN_AREA, COMPANION: OWN, SOCIAL_WORKER: OWN, INSTITUTION_STAFF: OWN, EXPERT_ADVISOR: OWN },
  'Mutation.recordSupervisionSessionOutcome': each(OWN, EXPERT_ADVISOR),
  'Mutation.markSupervisionSessionNoShow': each(OWN, EXPERT_ADVISOR),
  'Mutation.issueCalendarToken': each(OWN, ...EVERY_STAFF_ROLE),
  'Subscription.mySupervisionSessions': SESSION_PEOPLE,
  'SupervisionSessionUpdate.session': SESSION_FIELDS,
  'SupervisionSession.expert': SESSION_FIELDS,
  'SupervisionSession.participants': SESSION_FIELDS,
  'SupervisionSession.discussedChildren': SESSION_FIELDS,
  'SupervisionSession.discussedCases': SESSION_FIELDS,
  'SupervisionSession.followUps': SESSION_FIELDS,
  'SupervisionParticipant.worker': SESSION_FIELDS,
  'SupervisionSessionChild.child': SESSION_FIELDS,
  'Mutation.completeSupervisionFollowUp': SESSION_PEOPLE,
  'Query.overdueFollowUps': { SUPERVISOR: OWN_AREA, ADMIN: ALL },
  'SupervisionFollowUp.owner': SESSION_FIELDS,
  'SupervisionFollowUp.child': SESSION_FIELDS,
  'SupervisionFollowUp.session': SESSION_FIELDS,
  'Mutation.startSpotCheck': { SUPERVISOR: OWN_AREA, EXPERT_ADVISOR: OWN },
  'Mutation.recordSpotCheckOutcome': { SUPERVISOR: OWN, EXPERT_ADVISOR: OWN },
  'SpotCheck.companion': each(ALL, SUPERVISOR, EXPERT_ADVISOR),
  'SpotCheck.child': each(ALL, SUPERVISOR, EXPERT_ADVISOR),
  'Query.supervisionCoverage': { SUPERVISOR: OWN_AREA, ADMIN: ALL, AUDITOR: ALL },
  'Child.timeline': STAFF_DIRECTORY,
};

/** Rules applied inside a resolver, to part of what a field returns. */
export const PARTIAL_FIELD_POLICY = {
  /** Health needs in `Child.needs`: the care team only; other roles see the child's other needs. */
  healthNeeds: CARE_TEAM,
  /** Protection-case events on `Child.timeline`: casework roles only; the others see sessions and follow-ups. */
  caseEventsOnTimeline: CASEWORK,
} as const satisfies Record<string, PolicyEntry>;

/** The entry of `Type.field`, or undefined when the table has none (then nobody may use it). */
export function policyOf(coordinate: string): PolicyEntry | undefined {
  return Object.prototype.hasOwnProperty.call(AUTHORIZATION_POLICY, coordinate) ? AUTHORIZATION_POLICY[coordinate] : undefined;
}
