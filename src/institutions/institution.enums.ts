import { registerEnumType } from 'type-graphql';

/** Kinds of child-welfare institution (lembaga) in DKI Jakarta. */
export enum InstitutionType {
  PANTI = 'PANTI',
  LKSA = 'LKSA',
  RUMAH_SINGGAH = 'RUMAH_SINGGAH',
  PSAA = 'PSAA',
  NON_PSAA = 'NON_PSAA',
  TAS = 'TAS',
}

registerEnumType(InstitutionType, {
  name: 'InstitutionType',
  description: 'Kind of child-welfare institution (lembaga).',
  valuesConfig: {
    PANTI: { description: 'Panti: a state or private residential home.' },
    LKSA: { description: 'Lembaga Kesejahteraan Sosial Anak: child social-welfare institution.' },
    RUMAH_SINGGAH: { description: 'Rumah Singgah: drop-in shelter, mostly for street children.' },
    PSAA: { description: 'Panti Sosial Asuhan Anak: orphanage-type home.' },
    NON_PSAA: { description: 'A residential home that is not a PSAA.' },
    TAS: { description: 'Taman Anak Sejahtera: day-care for poor families.' },
  },
});

/** Accreditation grade given to an LKSA by the ministry's accreditation body. */
export enum AccreditationGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  NOT_ACCREDITED = 'NOT_ACCREDITED',
}

registerEnumType(AccreditationGrade, { name: 'AccreditationGrade', description: 'Accreditation grade of an institution (A best).' });
