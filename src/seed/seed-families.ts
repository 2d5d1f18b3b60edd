import { CareArrangement, Sex } from '../children/child.enums';
import { GuardianRelationship } from '../children/child-links.entities';
import type { JakartaArea } from '../shared/auth/roles';
import { boardingRoom, houseAddress, KECAMATAN_BY_AREA, streetLandmark } from './jakarta-places';
import { type Family, generateChild, type SeedChild } from './seed-child';
import { generateCareHistory } from './seed-child-history';
import { generateNeeds } from './seed-child-needs';
import type { SeedContext } from './seed-context';
import { timestampOn } from './seed-dates';
import type { SeedRoster } from './seed-roster';
import type { SeedBatch } from './seed-rows';

const CARE_WEIGHTS: ReadonlyArray<readonly [CareArrangement, number]> = [
  [CareArrangement.FAMILY, 44],
  [CareArrangement.INSTITUTION, 20],
  [CareArrangement.KINSHIP_CARE, 14],
  [CareArrangement.STREET, 12],
  [CareArrangement.NONE, 7],
  [CareArrangement.INDEPENDENT, 3],
];

interface GuardianPlan {
  relationship: GuardianRelationship;
  sex: Sex;
  isCaregiver: boolean;
}

/**
 * One family: 1 to 4 siblings who share a place, a care arrangement and their guardians. Children in
 * institutional care live at their home; street children and those on their own mostly come alone.
 * Returns how many children it added (at most `maxChildren`).
 */
export function generateFamily(context: SeedContext, roster: SeedRoster, usedNiks: Set<string>, batch: SeedBatch, area: JakartaArea, maxChildren: number): number {
  const { random, asOf } = context;
  const care = random.weighted(CARE_WEIGHTS);
  const wanted =
    care === CareArrangement.INDEPENDENT ? 1 : care === CareArrangement.STREET ? (random.chance(0.85) ? 1 : 2) : random.weighted([[1, 50], [2, 27], [3, 15], [4, 8]] as const);
  const size = Math.min(maxChildren, wanted);
  const family = placeFamily(context, roster, area, care, size);
  const eldest = care === CareArrangement.INDEPENDENT ? random.int(15, 17) : care === CareArrangement.STREET ? random.int(6, 17) : random.int(0, 17);
  const children: SeedChild[] = [];
  for (let age = eldest; children.length < size && age >= 0; age -= random.chance(0.03) ? 0 : random.int(1, 4)) {
    const child = generateChild(context, family, age, usedNiks);
    children.push(child);
    batch.children.push(child.row);
    generateCareHistory(context, roster, batch, child, family);
    generateNeeds(context, batch, child, family);
  }
  for (const plan of guardianPlans(context, care)) {
    const guardianId = random.uuid();
    const livesWithChildren = plan.isCaregiver && care !== CareArrangement.INSTITUTION;
    batch.guardians.push({
      id: guardianId,
      createdAt: timestampOn(Math.min(asOf, family.registeredOn)),
      fullName: context.names.adult(plan.sex),
      phone: random.chance(0.8) ? context.names.mobilePhone() : null,
      address: livesWithChildren ? family.address : random.chance(0.5) ? houseAddress(random, family.kecamatan, random.pick(family.kecamatan.kelurahan)) : null,
    });
    for (const child of children) {
      batch.childGuardians.push({
        id: random.uuid(),
        createdAt: child.row.createdAt,
        childId: child.row.id,
        guardianId,
        relationship: plan.relationship,
        isCaregiver: plan.isCaregiver,
      });
    }
  }
  return children.length;
}

/** Where the family is: children in institutional care are counted where their home is. */
function placeFamily(context: SeedContext, roster: SeedRoster, area: JakartaArea, care: CareArrangement, size: number): Family {
  const { random, asOf } = context;
  const registeredOn = asOf - random.int(14, 3 * 365);
  if (care === CareArrangement.INSTITUTION) {
    const home = roster.homeFor(random, area, size);
    const kecamatan = (KECAMATAN_BY_AREA.get(area) ?? []).find((district) => district.code === home.kecamatanCode) ?? random.pick(KECAMATAN_BY_AREA.get(area) ?? []);
    return { area, kecamatan, kelurahan: random.pick(kecamatan.kelurahan), care, address: home.address, home, registeredOn };
  }
  const kecamatan = random.pick(KECAMATAN_BY_AREA.get(area) ?? []);
  const kelurahan = random.pick(kecamatan.kelurahan);
  const address =
    care === CareArrangement.STREET
      ? streetLandmark(random, kecamatan, kelurahan)
      : care === CareArrangement.INDEPENDENT
        ? boardingRoom(random, kecamatan, kelurahan)
        : houseAddress(random, kecamatan, kelurahan);
  return { area, kecamatan, kelurahan, care, address, home: null, registeredOn };
}

/**
 * Parents are most guardians. Children in kinship care always have a grandparent, aunt or uncle who looks
 * after them; parents of children in a home or on the street are guardians who do not.
 */
function guardianPlans(context: SeedContext, care: CareArrangement): GuardianPlan[] {
  const { random } = context;
  const parent = (sex: Sex, isCaregiver: boolean): GuardianPlan => ({ relationship: GuardianRelationship.PARENT, sex, isCaregiver });
  const anySex = () => (random.chance(0.6) ? Sex.FEMALE : Sex.MALE);
  const plans: GuardianPlan[] = [];
  switch (care) {
    case CareArrangement.FAMILY: {
      const hasMother = random.chance(0.9);
      if (hasMother) plans.push(parent(Sex.FEMALE, true));
      if (!hasMother || random.chance(0.65)) plans.push(parent(Sex.MALE, true));
      break;
    }
    case CareArrangement.KINSHIP_CARE: {
      const relationship = random.chance(0.55) ? GuardianRelationship.GRANDPARENT : GuardianRelationship.AUNT_UNCLE;
      plans.push({ relationship, sex: anySex(), isCaregiver: true });
      if (random.chance(0.35)) plans.push({ relationship, sex: random.chance(0.5) ? Sex.MALE : Sex.FEMALE, isCaregiver: true });
      if (random.chance(0.3)) plans.push(parent(anySex(), false)); // e.g. working abroad
      break;
    }
    case CareArrangement.INSTITUTION:
      if (random.chance(0.45)) plans.push(parent(anySex(), false));
      if (random.chance(0.1)) plans.push({ relationship: GuardianRelationship.LEGAL_GUARDIAN, sex: anySex(), isCaregiver: false });
      break;
    case CareArrangement.STREET:
      if (random.chance(0.55)) plans.push(parent(anySex(), random.chance(0.4)));
      if (random.chance(0.1)) plans.push({ relationship: GuardianRelationship.SIBLING, sex: Sex.MALE, isCaregiver: false });
      break;
    case CareArrangement.INDEPENDENT:
      if (random.chance(0.35)) plans.push(parent(anySex(), false));
      break;
    case CareArrangement.NONE:
      if (random.chance(0.4)) plans.push(parent(anySex(), false));
      if (random.chance(0.08)) plans.push({ relationship: GuardianRelationship.OTHER, sex: anySex(), isCaregiver: false });
      break;
  }
  return plans;
}
