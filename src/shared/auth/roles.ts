import { registerEnumType } from 'type-graphql';

/** Roles a staff account can hold (DOMAIN.md, "Who works here"), plus the system administrator. */
export enum StaffRole {
  HOTLINE_OPERATOR = 'HOTLINE_OPERATOR',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  COMPANION = 'COMPANION',
  INSTITUTION_STAFF = 'INSTITUTION_STAFF',
  SUPERVISOR = 'SUPERVISOR',
  EXPERT_ADVISOR = 'EXPERT_ADVISOR',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff member does at the office; an account may hold several.',
  valuesConfig: {
    HOTLINE_OPERATOR: { description: 'Petugas Crisis Center 164: takes reports from the public 24 hours a day.' },
    SOCIAL_WORKER: { description: 'Pekerja Sosial (Peksos, Sakti Peksos): goes to the child and handles the case.' },
    COMPANION: { description: 'Pendamping: follows a caseload of children over time and files accountability reports.' },
    INSTITUTION_STAFF: { description: 'Petugas LKSA / Panti: staff of a child-welfare institution, also a reporting point.' },
    SUPERVISOR: { description: 'Kepala Seksi / Bidang Rehabilitasi Sosial: watches live feeds, assigns, approves aid.' },
    EXPERT_ADVISOR: { description: 'Pakar / ahli: supervises and assists workers, companions and community members.' },
    AUDITOR: { description: 'Pengawas: receives complaints about misused funds and unresponsive officers.' },
    ADMIN: { description: 'Administrator sistem: staff accounts, reference data, custom profile fields.' },
  },
});

/** The six administrative areas of DKI Jakarta. */
export enum JakartaArea {
  JAKARTA_PUSAT = 'JAKARTA_PUSAT',
  JAKARTA_UTARA = 'JAKARTA_UTARA',
  JAKARTA_BARAT = 'JAKARTA_BARAT',
  JAKARTA_SELATAN = 'JAKARTA_SELATAN',
  JAKARTA_TIMUR = 'JAKARTA_TIMUR',
  KEPULAUAN_SERIBU = 'KEPULAUAN_SERIBU',
}

registerEnumType(JakartaArea, {
  name: 'JakartaArea',
  description: 'One of the six administrative areas (kota / kabupaten administrasi) of DKI Jakarta.',
});
