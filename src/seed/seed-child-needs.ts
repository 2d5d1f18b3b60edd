import { CareArrangement, Sex } from '../children/child.enums';
import { ChildNeedKind, ChildNeedStatus, SchoolLevel } from '../children/child-needs.entities';
import type { Family, SeedChild } from './seed-child';
import type { SeedContext } from './seed-context';
import { type Day, ddmmyyyy, isoDate, timestampOn } from './seed-dates';
import type { ChildNeedRow, SeedBatch } from './seed-rows';

const HEALTH_NEEDS = [
  'Imunisasi dasar belum lengkap; dijadwalkan di Puskesmas.',
  'Belum terdaftar BPJS Kesehatan / KIS.',
  'Pengobatan TB paru; kontrol rutin di Puskesmas.',
  'Perawatan gigi berlubang.',
  'Pemeriksaan mata; sering sakit kepala saat membaca.',
  'Infeksi kulit (skabies); perlu pengobatan dan kebersihan tempat tidur.',
];
const NUTRITION_NEEDS = [
  'Gizi kurang; PMT (pemberian makanan tambahan) dari Puskesmas.',
  'Berat badan di bawah garis merah KMS; dirujuk ke Posyandu.',
  'Stunting; pemantauan tinggi badan tiap bulan di Posyandu.',
  'Makan tidak teratur; keluarga dibantu paket sembako.',
];
const OTHER_NEEDS = ['Kartu Identitas Anak (KIA) belum dibuat.', 'Perlu pendampingan psikologis.', 'Bantuan seragam dan perlengkapan sekolah.'];

/** WHO growth medians (both sexes averaged): age in months, weight in kg, height in cm. */
const GROWTH: ReadonlyArray<readonly [number, number, number]> = [
  [0, 3.3, 49.5], [3, 6.0, 60.0], [6, 7.6, 66.0], [9, 8.6, 71.0], [12, 9.4, 75.0], [18, 10.9, 81.5], [24, 12.0, 86.5],
  [36, 14.1, 95.5], [48, 16.1, 102.7], [60, 18.1, 109.6], [72, 20.3, 115.8], [84, 22.6, 121.8], [96, 25.2, 127.4],
  [108, 28.3, 132.9], [120, 31.5, 138.0],
];

/**
 * What the companion looks after besides development (DOMAIN.md promise 6): a birth certificate (missing
 * for about 30%), school, nutrition, health; and weight and height over time for the youngest.
 */
export function generateNeeds(context: SeedContext, batch: SeedBatch, child: SeedChild, family: Family): void {
  const { random, asOf } = context;
  const need = (kind: ChildNeedKind, status: ChildNeedStatus, fields: Partial<ChildNeedRow> = {}) =>
    batch.childNeeds.push({
      id: random.uuid(),
      createdAt: timestampOn(child.registeredOn),
      childId: child.row.id,
      kind,
      status,
      description: null,
      dueDate: status === ChildNeedStatus.MET ? null : isoDate(asOf + random.int(14, 180)),
      evidenceNote: null,
      schoolLevel: null,
      enrolled: null,
      ...fields,
    });
  const open = () => (random.chance(0.65) ? ChildNeedStatus.OPEN : ChildNeedStatus.IN_PROGRESS);
  const undocumented = child.row.dateOfBirthEstimated || family.care === CareArrangement.STREET;
  if (random.chance(undocumented ? 0.7 : 0.25)) {
    need(ChildNeedKind.BIRTH_CERTIFICATE, open(), { description: 'Akta kelahiran belum ada; berkas diurus ke Dukcapil.' });
  } else if (random.chance(0.6)) {
    const late = random.chance(0.4) ? 'LT' : 'LU'; // lahir terlambat / lahir umum
    const evidenceNote = `Akta No. ${family.kecamatan.nikDigits.slice(0, 4)}-${late}-${ddmmyyyy(child.born)}-${String(random.int(1, 9999)).padStart(4, '0')}`;
    need(ChildNeedKind.BIRTH_CERTIFICATE, ChildNeedStatus.MET, { description: 'Akta kelahiran sudah terbit.', evidenceNote });
  }
  if (child.age >= 4 && random.chance(0.75)) education(context, child, family, need, open);
  const hasNutritionNeed = random.chance(child.age < 5 ? 0.45 : child.age < 10 ? 0.1 : 0.03);
  if (hasNutritionNeed) {
    need(ChildNeedKind.NUTRITION, random.chance(0.25) ? ChildNeedStatus.MET : open(), { description: random.pick(NUTRITION_NEEDS) });
  }
  if (child.row.hasDisability || random.chance(0.12)) {
    const description = child.row.hasDisability ? `Layanan kesehatan untuk disabilitas: ${child.row.disabilityDetail}` : random.pick(HEALTH_NEEDS);
    need(ChildNeedKind.HEALTH, random.chance(0.3) ? ChildNeedStatus.MET : open(), { description });
  }
  if (random.chance(0.05)) need(ChildNeedKind.OTHER, open(), { description: random.pick(OTHER_NEEDS) });
  measurements(context, batch, child, hasNutritionNeed);
}

type NeedWriter = (kind: ChildNeedKind, status: ChildNeedStatus, fields?: Partial<ChildNeedRow>) => void;

/** School by age (PAUD, SD, SMP, SMA/SMK); children out of school often follow Paket A/B/C instead. */
function education(context: SeedContext, child: SeedChild, family: Family, need: NeedWriter, open: () => ChildNeedStatus): void {
  const { random } = context;
  const level = child.age <= 6 ? SchoolLevel.PAUD : child.age <= 12 ? SchoolLevel.SD : child.age <= 15 ? SchoolLevel.SMP : random.chance(0.6) ? SchoolLevel.SMA : SchoolLevel.SMK;
  const enrolledShare = family.care === CareArrangement.STREET ? 0.35 : family.care === CareArrangement.INDEPENDENT ? 0.5 : 0.88;
  if (random.chance(enrolledShare)) {
    const school = level === SchoolLevel.PAUD ? `PAUD ${family.kelurahan.name}` : level === SchoolLevel.SD ? `SDN ${family.kelurahan.name} ${String(random.int(1, 15)).padStart(2, '0')}` : `${level}N ${random.int(1, 290)} Jakarta`;
    need(ChildNeedKind.EDUCATION, ChildNeedStatus.MET, { description: `Bersekolah di ${school}.`, schoolLevel: level, enrolled: true });
  } else if (child.age >= 7 && random.chance(0.5)) {
    need(ChildNeedKind.EDUCATION, ChildNeedStatus.IN_PROGRESS, { description: 'Putus sekolah; ikut kejar paket di PKBM.', schoolLevel: SchoolLevel.PAKET, enrolled: false });
  } else {
    need(ChildNeedKind.EDUCATION, open(), { description: 'Belum bersekolah; perlu didaftarkan.', schoolLevel: level, enrolled: false });
  }
}

/**
 * Weight and height every one to three months for children under six, and now and then for the older
 * ones with a nutrition need; undernourished children sit below the median and catch up slowly.
 */
function measurements(context: SeedContext, batch: SeedBatch, child: SeedChild, hasNutritionNeed: boolean): void {
  const { random, asOf } = context;
  const count = child.age < 6 ? random.int(2, 6) : hasNutritionNeed && child.age < 10 ? random.int(1, 3) : 0;
  const sexFactor = child.row.sex === Sex.MALE ? 1.03 : 0.97;
  // Children keep their place on the growth curve: one factor per child, small noise per measurement.
  const ownCurve = sexFactor * random.normal(1, 0.05);
  let deficit = hasNutritionNeed ? random.int(10, 20) / 100 : random.int(0, 6) / 100;
  let measuredOn: Day = asOf - random.int(0, 30) - (count - 1) * 45;
  for (let index = 0; index < count; index += 1, measuredOn += random.int(30, 60)) {
    if (measuredOn <= child.born || measuredOn > asOf) continue;
    const [weight, height] = growthMedian((measuredOn - child.born) / 30.44);
    batch.measurements.push({
      id: random.uuid(),
      createdAt: timestampOn(measuredOn),
      childId: child.row.id,
      measuredOn: isoDate(measuredOn),
      weightKg: round(random.normal(weight * ownCurve * (1 - deficit), weight * 0.015), 2),
      heightCm: round(random.normal(height * (1 + (ownCurve - 1) / 3) * (1 - deficit / 3), height * 0.005), 1),
    });
    deficit = Math.max(0, deficit - 0.02);
  }
}

function growthMedian(months: number): [number, number] {
  const upper = GROWTH.findIndex(([age]) => age >= months);
  if (upper <= 0) return upper === 0 ? [GROWTH[0][1], GROWTH[0][2]] : [GROWTH[GROWTH.length - 1][1], GROWTH[GROWTH.length - 1][2]];
  const [fromAge, fromWeight, fromHeight] = GROWTH[upper - 1];
  const [toAge, toWeight, toHeight] = GROWTH[upper];
  const share = (months - fromAge) / (toAge - fromAge);
  return [fromWeight + share * (toWeight - fromWeight), fromHeight + share * (toHeight - fromHeight)];
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
