import type { CareArrangement, ConsentStatus, LegalBasis, PksaProgramme, RecordStatus, RiskLevel, Sex } from '../children/child.enums';
import type { GuardianRelationship } from '../children/child-links.entities';
import type { ChildNeedKind, ChildNeedStatus, DomainScoreValue, SchoolLevel } from '../children/child-needs.entities';
import type { AccreditationGrade, InstitutionType } from '../institutions/institution.enums';
import type { JakartaArea } from '../shared/auth/roles';
import type { WorkerKind } from '../workers/worker.entity';

/**
 * Plain rows for bulk writing, one interface per table, named like the entities' properties. They are not
 * entities: a hundred thousand children through the unit of work would take far too long.
 * `createdAt` (an ISO timestamp) is also written as `updated_at`, so two runs write identical rows.
 */
export interface SeedRow {
  id: string;
  createdAt: string;
}

export interface InstitutionRow extends SeedRow {
  name: string;
  type: InstitutionType;
  area: JakartaArea;
  kecamatanCode: string;
  address: string;
  phone: string | null;
  capacity: number;
  licenceNumber: string | null;
  licenceValidUntil: string | null;
  accreditation: AccreditationGrade;
  isReportingPoint: boolean;
}

export interface WorkerRow extends SeedRow {
  fullName: string;
  kind: WorkerKind;
  area: JakartaArea | null;
  institutionId: string | null;
  phone: string | null;
}

export interface GuardianRow extends SeedRow {
  fullName: string;
  phone: string | null;
  address: string | null;
}

export interface ChildRow extends SeedRow {
  fullName: string;
  nickname: string | null;
  sex: Sex;
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  nik: string | null;
  area: JakartaArea;
  kecamatanCode: string;
  kelurahanCode: string;
  address: string;
  careArrangement: CareArrangement;
  programmes: PksaProgramme[];
  hasDisability: boolean;
  disabilityDetail: string | null;
  riskLevel: RiskLevel;
  recordStatus: RecordStatus;
  legalBasis: LegalBasis;
  consentStatus: ConsentStatus;
  consentRecordedAt: string | null;
}

export interface ChildGuardianRow extends SeedRow {
  childId: string;
  guardianId: string;
  relationship: GuardianRelationship;
  isCaregiver: boolean;
}

export interface PlacementRow extends SeedRow {
  childId: string;
  institutionId: string;
  startedOn: string;
  endedOn: string | null;
  reason: string | null;
}

export interface CompanionAssignmentRow extends SeedRow {
  childId: string;
  companionId: string;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

export interface ChildNeedRow extends SeedRow {
  childId: string;
  kind: ChildNeedKind;
  status: ChildNeedStatus;
  description: string | null;
  dueDate: string | null;
  evidenceNote: string | null;
  schoolLevel: SchoolLevel | null;
  enrolled: boolean | null;
}

export interface MeasurementRow extends SeedRow {
  childId: string;
  measuredOn: string;
  weightKg: number;
  heightCm: number;
}

export interface DevelopmentAssessmentRow extends SeedRow {
  childId: string;
  assessedOn: string;
  scores: DomainScoreValue[];
  note: string | null;
}

/** Rows written together in one transaction; the first batch carries institutions and workers. */
export interface SeedBatch {
  institutions: InstitutionRow[];
  workers: WorkerRow[];
  guardians: GuardianRow[];
  children: ChildRow[];
  childGuardians: ChildGuardianRow[];
  placements: PlacementRow[];
  companionAssignments: CompanionAssignmentRow[];
  childNeeds: ChildNeedRow[];
  measurements: MeasurementRow[];
  developmentAssessments: DevelopmentAssessmentRow[];
}

export function emptyBatch(): SeedBatch {
  return {
    institutions: [],
    workers: [],
    guardians: [],
    children: [],
    childGuardians: [],
    placements: [],
    companionAssignments: [],
    childNeeds: [],
    measurements: [],
    developmentAssessments: [],
  };
}
