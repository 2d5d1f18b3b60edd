import type { SeedBatch } from './seed-rows';

/** PostgreSQL type of every property of a row; the column is the property's name in snake_case. */
export type ColumnTypes<Row> = { readonly [Key in keyof Row]-?: string };

export interface TableSpec<Row> {
  table: string;
  columns: ColumnTypes<Row>;
}

/**
 * The tables the dataset fills, in an order that satisfies the foreign keys. Types are those of the
 * migrations; `updated_at` is written from `createdAt`.
 */
export const SEED_TABLES: { readonly [Key in keyof SeedBatch]: TableSpec<SeedBatch[Key][number]> } = {
  institutions: {
    table: 'institution',
    columns: {
      id: 'uuid', createdAt: 'timestamptz', name: 'text', type: 'institution_type', area: 'jakarta_area', kecamatanCode: 'text', address: 'text',
      phone: 'text', capacity: 'int', licenceNumber: 'text', licenceValidUntil: 'date', accreditation: 'accreditation_grade', isReportingPoint: 'boolean',
    },
  },
  workers: {
    table: 'worker',
    columns: { id: 'uuid', createdAt: 'timestamptz', fullName: 'text', kind: 'worker_kind', area: 'jakarta_area', institutionId: 'uuid', phone: 'text' },
  },
  guardians: {
    table: 'guardian',
    columns: { id: 'uuid', createdAt: 'timestamptz', fullName: 'text', phone: 'text', address: 'text' },
  },
  children: {
    table: 'child',
    columns: {
      id: 'uuid', createdAt: 'timestamptz', fullName: 'text', nickname: 'text', sex: 'sex', dateOfBirth: 'date', dateOfBirthEstimated: 'boolean',
      nik: 'text', area: 'jakarta_area', kecamatanCode: 'text', kelurahanCode: 'text', address: 'text', careArrangement: 'care_arrangement',
      programmes: 'pksa_programme[]', hasDisability: 'boolean', disabilityDetail: 'text', riskLevel: 'risk_level', recordStatus: 'record_status',
      legalBasis: 'legal_basis', consentStatus: 'consent_status', consentRecordedAt: 'timestamptz',
    },
  },
  childGuardians: {
    table: 'child_guardian',
    columns: { id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', guardianId: 'uuid', relationship: 'guardian_relationship', isCaregiver: 'boolean' },
  },
  placements: {
    table: 'placement',
    columns: { id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', institutionId: 'uuid', startedOn: 'date', endedOn: 'date', reason: 'text' },
  },
  companionAssignments: {
    table: 'companion_assignment',
    columns: { id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', companionId: 'uuid', startedOn: 'date', endedOn: 'date', endReason: 'text' },
  },
  childNeeds: {
    table: 'child_need',
    columns: {
      id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', kind: 'child_need_kind', status: 'child_need_status', description: 'text',
      dueDate: 'date', evidenceNote: 'text', schoolLevel: 'school_level', enrolled: 'boolean',
    },
  },
  measurements: {
    table: 'measurement',
    columns: { id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', measuredOn: 'date', weightKg: 'numeric', heightCm: 'numeric' },
  },
  developmentAssessments: {
    table: 'development_assessment',
    columns: { id: 'uuid', createdAt: 'timestamptz', childId: 'uuid', assessedOn: 'date', scores: 'jsonb', note: 'text' },
  },
};

export const SEED_TABLE_ORDER = Object.keys(SEED_TABLES) as Array<keyof SeedBatch>;
