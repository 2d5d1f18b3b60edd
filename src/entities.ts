import { AuditEntry } from './audit/audit-entry.entity';
import { AidGrant, AidGrantTransition } from './aid/aid-grant.entity';
import { AidProgramme, ProgrammeYear } from './aid/aid-programme.entity';
import { LedgerEntry } from './aid/ledger-entry.entity';
import { CaseEvent } from './cases/case-event.entity';
import { Dispatch } from './cases/dispatch.entity';
import { CaseNote, CaseReferral } from './cases/case-records.entities';
import { ProtectionCase } from './cases/protection-case.entity';
import { HotlineReport } from './hotline/hotline-report.entity';
import { RateLimitWindow } from './shared/rate-limit/rate-limit-window.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './children/child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './children/child-needs.entities';
import { Child } from './children/child.entity';
import { Guardian } from './guardians/guardian.entity';
import { StaffAccount } from './identity/staff-account.entity';
import { Institution } from './institutions/institution.entity';
import { ProfileFieldDefinition } from './profile-fields/profile-field.entity';
import { ClosedReportingPeriod, OverdueReportAlert, OwedReport } from './progress-reports/overdue-alert.entities';
import { ProgressReport, ProgressReportRevision } from './progress-reports/progress-report.entity';
import { Kecamatan, Kelurahan } from './regions/region.entities';
import { CalendarToken } from './supervision/calendar-token.entity';
import { ExpertAvailability } from './supervision/expert-availability.entity';
import { SupervisionFollowUp } from './supervision/follow-up.entity';
import { SpotCheck } from './supervision/spot-check.entity';
import { SupervisionSessionEvent } from './supervision/supervision-session.events';
import { SupervisionBooking, SupervisionParticipant, SupervisionSession, SupervisionSessionCase, SupervisionSessionChild } from './supervision/supervision-session.entity';
import { Worker } from './workers/worker.entity';

/** Every MikroORM entity; the ORM, the migrations and the tests all take this one list. */
export const entities = [
  AuditEntry,
  StaffAccount,
  Kecamatan,
  Kelurahan,
  Institution,
  Worker,
  Guardian,
  Child,
  ChildGuardian,
  Placement,
  CompanionAssignment,
  ChildNeed,
  Measurement,
  DevelopmentAssessment,
  ProfileFieldDefinition,
  HotlineReport,
  ProtectionCase,
  CaseEvent,
  Dispatch,
  CaseNote,
  CaseReferral,
  RateLimitWindow,
  ProgressReport,
  ProgressReportRevision,
  OwedReport,
  ClosedReportingPeriod,
  OverdueReportAlert,
  AidProgramme,
  ProgrammeYear,
  AidGrant,
  AidGrantTransition,
  LedgerEntry,
  ExpertAvailability,
  SupervisionSession,
  SupervisionParticipant,
  SupervisionSessionChild,
  SupervisionSessionCase,
  SupervisionBooking,
  SupervisionFollowUp,
  SupervisionSessionEvent,
  CalendarToken,
  SpotCheck,
];
