import { CareArrangement, ConsentStatus, LegalBasis, PksaProgramme, RecordStatus, RiskLevel, Sex } from '../children/child.enums';
import type { JakartaArea } from '../shared/auth/roles';
import type { SeedKecamatan, SeedKelurahan } from './jakarta-places';
import type { SeededRandom } from './random';
import type { SeedContext } from './seed-context';
import { ageInYears, type Day, firstOfMonth, isoDate, timestampOn, yearsBefore } from './seed-dates';
import type { ChildRow, InstitutionRow } from './seed-rows';

/** A household the office knows: siblings share its place, care arrangement and guardians. */
export interface Family {
  area: JakartaArea;
  kecamatan: SeedKecamatan;
  kelurahan: SeedKelurahan;
  care: CareArrangement;
  address: string;
  /** The home the children live in, for institutional care. */
  home: InstitutionRow | null;
  /** When the office first recorded the family. */
  registeredOn: Day;
}

/** A generated child and the facts its history is built from. */
export interface SeedChild {
  row: ChildRow;
  born: Day;
  age: number;
  registeredOn: Day;
}

const RISK_BY_CARE: Record<CareArrangement, ReadonlyArray<readonly [RiskLevel, number]>> = {
  [CareArrangement.FAMILY]: [[RiskLevel.HIGH, 6], [RiskLevel.MEDIUM, 24], [RiskLevel.LOW, 45], [RiskLevel.NONE, 25]],
  [CareArrangement.KINSHIP_CARE]: [[RiskLevel.HIGH, 5], [RiskLevel.MEDIUM, 25], [RiskLevel.LOW, 50], [RiskLevel.NONE, 20]],
  [CareArrangement.INSTITUTION]: [[RiskLevel.HIGH, 4], [RiskLevel.MEDIUM, 20], [RiskLevel.LOW, 56], [RiskLevel.NONE, 20]],
  [CareArrangement.STREET]: [[RiskLevel.HIGH, 40], [RiskLevel.MEDIUM, 42], [RiskLevel.LOW, 18]],
  [CareArrangement.INDEPENDENT]: [[RiskLevel.HIGH, 15], [RiskLevel.MEDIUM, 45], [RiskLevel.LOW, 40]],
  [CareArrangement.NONE]: [[RiskLevel.HIGH, 15], [RiskLevel.MEDIUM, 35], [RiskLevel.LOW, 35], [RiskLevel.NONE, 15]],
};

const DISABILITIES = [
  'Tunanetra (low vision); perlu kacamata dan buku huruf besar.',
  'Tunarungu; perlu alat bantu dengar dan guru bahasa isyarat.',
  'Cerebral palsy; fisioterapi rutin di RSUD.',
  'Down syndrome; terapi wicara sekali seminggu.',
  'Autisme; terapi perilaku dan sekolah inklusi.',
  'Tunadaksa (kaki); memakai kursi roda.',
  'Disabilitas intelektual ringan; perlu pendampingan belajar.',
  'Epilepsi; obat rutin dari Puskesmas.',
];

/** One child of `family`, `age` years old on the dataset's day, with a NIK that agrees with the birth date. */
export function generateChild(context: SeedContext, family: Family, age: number, usedNiks: Set<string>): SeedChild {
  const { random, names, asOf } = context;
  const sex = random.chance(family.care === CareArrangement.STREET ? 0.7 : 0.51) ? Sex.MALE : Sex.FEMALE;
  const { fullName, nickname } = names.child(sex);
  // Up to 364 days before the birthday `age` years ago, so the child is exactly `age` today.
  let born = yearsBefore(asOf, age) - random.int(age === 0 ? 14 : 0, 364);
  const estimated = random.chance(family.care === CareArrangement.STREET ? 0.4 : 0.07);
  // Without a birth record the office writes the first of the month, as long as the age stays the same.
  if (estimated && ageInYears(firstOfMonth(born), asOf) === age) born = firstOfMonth(born);
  const nikShare = family.care === CareArrangement.STREET ? 0.2 : family.care === CareArrangement.INDEPENDENT ? 0.6 : 0.72;
  const nik = !estimated && random.chance(nikShare) ? nikFor(random, family.kecamatan, born, sex, usedNiks) : null;
  const hasDisability = random.chance(family.care === CareArrangement.INSTITUTION ? 0.08 : 0.05);
  const programmes = programmesFor(random, family.care, age, hasDisability);
  let riskLevel = random.weighted(RISK_BY_CARE[family.care]);
  const needsProtection = programmes.includes(PksaProgramme.SPECIAL_PROTECTION) || programmes.includes(PksaProgramme.NEGLECTED_TODDLER);
  if (needsProtection && (riskLevel === RiskLevel.LOW || riskLevel === RiskLevel.NONE)) riskLevel = RiskLevel.MEDIUM;
  const registeredOn = Math.min(asOf, Math.max(family.registeredOn, born + 7));
  const consentStatus = random.weighted([[ConsentStatus.GIVEN, 58], [ConsentStatus.NOT_ASKED, 27], [ConsentStatus.REFUSED, 10], [ConsentStatus.WITHDRAWN, 5]] as const);
  const row: ChildRow = {
    id: random.uuid(),
    createdAt: timestampOn(registeredOn),
    fullName,
    nickname,
    sex,
    dateOfBirth: isoDate(born),
    dateOfBirthEstimated: estimated,
    nik,
    area: family.area,
    kecamatanCode: family.kecamatan.code,
    kelurahanCode: family.kelurahan.code,
    address: family.address,
    careArrangement: family.care,
    programmes,
    hasDisability,
    disabilityDetail: hasDisability ? random.pick(DISABILITIES) : null,
    riskLevel,
    recordStatus: random.weighted([[RecordStatus.ACTIVE, 88], [RecordStatus.INACTIVE, 7], [RecordStatus.CLOSED, 5]] as const),
    legalBasis: legalBasisFor(random, consentStatus, riskLevel, programmes),
    consentStatus,
    consentRecordedAt: consentStatus === ConsentStatus.NOT_ASKED ? null : timestampOn(Math.min(asOf, registeredOn + random.int(0, 14))),
  };
  return { row, born, age, registeredOn };
}

/**
 * Programmes follow from the child's situation (DOMAIN.md): institutional care is ALTERNATIVE_CARE, care by
 * relatives KINSHIP_CARE, a disability DISABILITY, and only children under five can be NEGLECTED_TODDLER.
 */
function programmesFor(random: SeededRandom, care: CareArrangement, age: number, hasDisability: boolean): PksaProgramme[] {
  const chosen = new Set<PksaProgramme>();
  if (care === CareArrangement.STREET) chosen.add(PksaProgramme.PKSA_VULNERABLE);
  if (care === CareArrangement.INSTITUTION) chosen.add(PksaProgramme.ALTERNATIVE_CARE);
  if (care === CareArrangement.KINSHIP_CARE) chosen.add(PksaProgramme.KINSHIP_CARE);
  if (hasDisability) chosen.add(PksaProgramme.DISABILITY);
  if (age < 5 && care !== CareArrangement.STREET && random.chance(0.35)) chosen.add(PksaProgramme.NEGLECTED_TODDLER);
  if (random.chance(care === CareArrangement.STREET || care === CareArrangement.INSTITUTION ? 0.14 : 0.07)) chosen.add(PksaProgramme.SPECIAL_PROTECTION);
  const atRisk = care === CareArrangement.FAMILY || care === CareArrangement.NONE || care === CareArrangement.INDEPENDENT;
  if (atRisk && random.chance(0.35)) chosen.add(PksaProgramme.PKSA_VULNERABLE);
  return Object.values(PksaProgramme).filter((programme) => chosen.has(programme));
}

function legalBasisFor(random: SeededRandom, consent: ConsentStatus, risk: RiskLevel, programmes: PksaProgramme[]): LegalBasis {
  if (consent === ConsentStatus.GIVEN) return random.chance(0.85) ? LegalBasis.CONSENT : LegalBasis.PUBLIC_TASK;
  if (risk === RiskLevel.HIGH) return LegalBasis.VITAL_INTEREST;
  if (programmes.includes(PksaProgramme.SPECIAL_PROTECTION)) return LegalBasis.LEGAL_OBLIGATION;
  return LegalBasis.PUBLIC_TASK;
}

/**
 * A NIK as the civil registry issues it: the kecamatan's six digits, the birth date as DDMMYY with 40
 * added to the day for girls, and a serial (never 0000) that is the next free one for that prefix.
 */
function nikFor(random: SeededRandom, kecamatan: SeedKecamatan, born: Day, sex: Sex, used: Set<string>): string | null {
  const [year, month, day] = isoDate(born).split('-');
  const encodedDay = String(Number(day) + (sex === Sex.FEMALE ? 40 : 0)).padStart(2, '0');
  const prefix = `${kecamatan.nikDigits}${encodedDay}${month}${year.slice(2)}`;
  let serial = random.int(1, 200);
  for (let attempt = 0; attempt < 9999; attempt += 1) {
    const nik = `${prefix}${String(serial).padStart(4, '0')}`;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
    serial = (serial % 9999) + 1;
  }
  return null;
}
