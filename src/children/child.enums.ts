import { registerEnumType } from 'type-graphql';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'Laki-laki (MALE) or perempuan (FEMALE), as on the birth record.' });

/** Where and with whom the child lives now. */
export enum CareArrangement {
  FAMILY = 'FAMILY',
  KINSHIP_CARE = 'KINSHIP_CARE',
  INSTITUTION = 'INSTITUTION',
  STREET = 'STREET',
  INDEPENDENT = 'INDEPENDENT',
  NONE = 'NONE',
}
registerEnumType(CareArrangement, {
  name: 'CareArrangement',
  description: 'Where and with whom the child lives now.',
  valuesConfig: {
    FAMILY: { description: 'With one or both parents.' },
    KINSHIP_CARE: { description: 'With the extended family (pengasuhan oleh kerabat).' },
    INSTITUTION: { description: 'In an institution (Panti, LKSA, PSAA, ...).' },
    STREET: { description: 'On the street (anak jalanan).' },
    INDEPENDENT: { description: 'Living independently.' },
    NONE: { description: 'No care arrangement known.' },
  },
});

/** The six PKSA aid programmes (DOMAIN.md); a child may fall under several. */
export enum PksaProgramme {
  PKSA_VULNERABLE = 'PKSA_VULNERABLE',
  ALTERNATIVE_CARE = 'ALTERNATIVE_CARE',
  KINSHIP_CARE = 'KINSHIP_CARE',
  SPECIAL_PROTECTION = 'SPECIAL_PROTECTION',
  DISABILITY = 'DISABILITY',
  NEGLECTED_TODDLER = 'NEGLECTED_TODDLER',
}
registerEnumType(PksaProgramme, {
  name: 'PksaProgramme',
  description: 'A PKSA programme (Program Kesejahteraan Sosial Anak) a child falls under.',
  valuesConfig: {
    PKSA_VULNERABLE: { description: 'Children whose lives are at risk: street children and similar.' },
    ALTERNATIVE_CARE: { description: 'Children in alternative care, e.g. living in a panti.' },
    KINSHIP_CARE: { description: 'Children raised by the extended family.' },
    SPECIAL_PROTECTION: { description: 'AMPK: children needing special protection.' },
    DISABILITY: { description: 'Children with disabilities.' },
    NEGLECTED_TODDLER: { description: 'Neglected children under five (balita terlantar).' },
  },
});

export enum RiskLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  NONE = 'NONE',
}
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'How much danger the child is in, as last assessed.' });

export enum RecordStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(RecordStatus, { name: 'RecordStatus', description: 'Whether the office still works with this child.' });

/** Lawful ground for processing the child's data (UU PDP 27/2022, art. 20). */
export enum LegalBasis {
  CONSENT = 'CONSENT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTEREST = 'VITAL_INTEREST',
  PUBLIC_TASK = 'PUBLIC_TASK',
}
registerEnumType(LegalBasis, { name: 'LegalBasis', description: 'Lawful ground for processing the child\'s data (UU PDP 27/2022).' });

export enum ConsentStatus {
  GIVEN = 'GIVEN',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_ASKED = 'NOT_ASKED',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus', description: 'Consent of the child (as fits their age) and guardian to processing.' });
