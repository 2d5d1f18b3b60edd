import { Sex } from '../children/child.enums';
import { AccreditationGrade, InstitutionType } from '../institutions/institution.enums';
import type { JakartaArea } from '../shared/auth/roles';
import { WorkerKind } from '../workers/worker.entity';
import { AREA_WEIGHTS, AREAS, houseAddress, INSTITUTION_NAME_WORDS, KECAMATAN_BY_AREA } from './jakarta-places';
import type { SeedContext } from './seed-context';
import { isoDate, timestampOn, yearsBefore } from './seed-dates';
import type { InstitutionRow, WorkerRow } from './seed-rows';

/** Institutions where a child can live; TAS is day-care and a Rumah Singgah a drop-in shelter. */
export const RESIDENTIAL_TYPES: readonly InstitutionType[] = [InstitutionType.LKSA, InstitutionType.PANTI, InstitutionType.PSAA, InstitutionType.NON_PSAA];

const TYPE_WEIGHTS: ReadonlyArray<readonly [InstitutionType, number]> = [
  [InstitutionType.LKSA, 30],
  [InstitutionType.PANTI, 20],
  [InstitutionType.TAS, 15],
  [InstitutionType.RUMAH_SINGGAH, 13],
  [InstitutionType.PSAA, 12],
  [InstitutionType.NON_PSAA, 10],
];

const TYPE_PROFILE: Record<InstitutionType, { label: string; capacity: [number, number] }> = {
  [InstitutionType.PANTI]: { label: 'Panti Asuhan', capacity: [30, 120] },
  [InstitutionType.LKSA]: { label: 'LKSA', capacity: [20, 100] },
  [InstitutionType.PSAA]: { label: 'PSAA', capacity: [60, 150] },
  [InstitutionType.NON_PSAA]: { label: 'Rumah Perlindungan Sosial Anak', capacity: [20, 80] },
  [InstitutionType.RUMAH_SINGGAH]: { label: 'Rumah Singgah', capacity: [15, 50] },
  [InstitutionType.TAS]: { label: 'Taman Anak Sejahtera', capacity: [20, 60] },
};

export interface Organisations {
  institutions: InstitutionRow[];
  workers: WorkerRow[];
}

/**
 * Institutions (about one per 40 children) and the people who work with the children: social workers per
 * area, companions (about one per 25 children), staff in every institution, and a few experts.
 */
export function generateOrganisations(context: SeedContext, childCount: number): Organisations {
  const institutions = institutionPlan(context, childCount).map(([type, area]) => institution(context, type, area));
  const workers: WorkerRow[] = [];
  const totalWeight = AREA_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [area, weight] of AREA_WEIGHTS) {
    const share = (childCount * weight) / totalWeight;
    for (let index = 0; index < Math.max(1, Math.round(share / 150)); index += 1) workers.push(worker(context, WorkerKind.SOCIAL_WORKER, area, null));
    for (let index = 0; index < Math.max(1, Math.round(share / 25)); index += 1) workers.push(worker(context, WorkerKind.COMPANION, area, null));
  }
  for (const home of institutions) {
    const staff = 1 + Math.floor(home.capacity / 40);
    for (let index = 0; index < staff; index += 1) workers.push(worker(context, WorkerKind.INSTITUTION_STAFF, home.area, home.id));
  }
  for (let index = 0; index < Math.max(2, Math.round(childCount / 5000)); index += 1) workers.push(worker(context, WorkerKind.EXPERT_ADVISOR, null, null));
  return { institutions, workers };
}

/**
 * Every area gets a home children can live in (so a child in institutional care stays in their area),
 * every type occurs at least once, and the rest follow the usual mix.
 */
function institutionPlan(context: SeedContext, childCount: number): Array<[InstitutionType, JakartaArea]> {
  const { random } = context;
  const plan: Array<[InstitutionType, JakartaArea]> = AREAS.map((area, index) => [RESIDENTIAL_TYPES[index % RESIDENTIAL_TYPES.length], area]);
  for (const type of Object.values(InstitutionType)) {
    if (!plan.some(([planned]) => planned === type)) plan.push([type, random.weighted(AREA_WEIGHTS)]);
  }
  const total = Math.max(plan.length, Math.ceil(childCount / 40));
  while (plan.length < total) plan.push([random.weighted(TYPE_WEIGHTS), random.weighted(AREA_WEIGHTS)]);
  return plan;
}

function institution(context: SeedContext, type: InstitutionType, area: JakartaArea): InstitutionRow {
  const { random, names, asOf } = context;
  const kecamatan = random.pick(KECAMATAN_BY_AREA.get(area) ?? []);
  const kelurahan = random.pick(kecamatan.kelurahan);
  const profile = TYPE_PROFILE[type];
  const name = `${profile.label} ${random.pick(INSTITUTION_NAME_WORDS)}${random.chance(0.5) ? ` ${kelurahan.name}` : ''}`;
  const capacity = Math.round(random.int(profile.capacity[0], profile.capacity[1]) / 5) * 5;
  // Operating licences run five years; those issued more than five years ago have lapsed.
  const issuedOn = asOf - random.int(30, 6 * 365);
  const licensed = random.chance(0.88);
  const informal = type === InstitutionType.TAS || type === InstitutionType.RUMAH_SINGGAH;
  const accreditation = random.weighted<AccreditationGrade>(
    informal
      ? [[AccreditationGrade.B, 15], [AccreditationGrade.C, 30], [AccreditationGrade.NOT_ACCREDITED, 55]]
      : [[AccreditationGrade.A, 18], [AccreditationGrade.B, 37], [AccreditationGrade.C, 25], [AccreditationGrade.NOT_ACCREDITED, 20]],
  );
  return {
    id: random.uuid(),
    createdAt: timestampOn(issuedOn),
    name,
    type,
    area,
    kecamatanCode: kecamatan.code,
    address: houseAddress(random, kecamatan, kelurahan).replace(/^Gg\./, 'Jl.'),
    phone: random.chance(0.85) ? names.landline() : null,
    capacity,
    licenceNumber: licensed ? `465/${String(random.int(1, 999)).padStart(3, '0')}/IO/DINSOS/${isoDate(issuedOn).slice(0, 4)}` : null,
    licenceValidUntil: licensed ? isoDate(yearsBefore(issuedOn, -5)) : null,
    accreditation,
    isReportingPoint: random.chance(0.92),
  };
}

function worker(context: SeedContext, kind: WorkerKind, area: JakartaArea | null, institutionId: string | null): WorkerRow {
  const { random, names, asOf } = context;
  return {
    id: random.uuid(),
    createdAt: timestampOn(asOf - random.int(30, 6 * 365)),
    fullName: names.adult(random.chance(kind === WorkerKind.COMPANION ? 0.6 : 0.5) ? Sex.FEMALE : Sex.MALE),
    kind,
    area,
    institutionId,
    phone: random.chance(0.95) ? names.mobilePhone() : null,
  };
}
