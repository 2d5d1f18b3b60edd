import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildGuardian, CompanionAssignment, GuardianRelationship, Placement } from '../children/child-links.entities';
import type { Child } from '../children/child.entity';
import { CareArrangement, PksaProgramme, RiskLevel } from '../children/child.enums';
import { BadUserInputError } from '../shared/errors/domain-error';
import { BeneficiaryKind } from './aid.enums';

/** The rule a proposal failed; clients read it from `extensions.rule`. */
export enum EligibilityRule {
  CHILD_AT_RISK = 'CHILD_AT_RISK',
  PLACED_IN_INSTITUTION = 'PLACED_IN_INSTITUTION',
  RELATIVE_GUARDIAN_IS_CAREGIVER = 'RELATIVE_GUARDIAN_IS_CAREGIVER',
  SPECIAL_PROTECTION_REASON_RECORDED = 'SPECIAL_PROTECTION_REASON_RECORDED',
  HAS_DISABILITY = 'HAS_DISABILITY',
  UNDER_FIVE = 'UNDER_FIVE',
  HAS_COMPANION = 'HAS_COMPANION',
  BENEFICIARY_MATCHES = 'BENEFICIARY_MATCHES',
}

/** Relatives in the sense of kinship care: the extended family, not the parents and not a legal guardian. */
const RELATIVES: readonly GuardianRelationship[] = [GuardianRelationship.GRANDPARENT, GuardianRelationship.AUNT_UNCLE, GuardianRelationship.SIBLING];

export interface EligibilityRequest {
  child: Child;
  programme: PksaProgramme;
  beneficiaryKind: BeneficiaryKind;
  /** The beneficiary the caller named, when more than one could receive the second share. */
  beneficiaryId: string | null;
  specialProtectionReason: string | null;
  /** Today in Jakarta (YYYY-MM-DD): ages are counted on the day of the proposal. */
  today: string;
}

export interface Eligibility {
  beneficiaryId: string;
  note: string | null;
}

function refuse(rule: EligibilityRule, message: string): never {
  throw new BadUserInputError(`Not eligible (${rule}): ${message}`, { field: 'programme', rule });
}

/** Age in whole years on `today`, from a YYYY-MM-DD birth date. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * Checks a child against the programme's rule (DOMAIN.md, "Aid") using what the registry records, and
 * finds who receives the second share. A failure is BAD_USER_INPUT naming the rule in `extensions.rule`.
 */
export async function checkEligibility(em: EntityManager, request: EligibilityRequest): Promise<Eligibility> {
  const { child, programme, today } = request;
  let note: string | null = null;
  switch (programme) {
    case PksaProgramme.PKSA_VULNERABLE:
      if (child.careArrangement !== CareArrangement.STREET && child.riskLevel !== RiskLevel.HIGH) {
        refuse(EligibilityRule.CHILD_AT_RISK, 'the child must live on the street or be assessed at HIGH risk.');
      }
      break;
    case PksaProgramme.SPECIAL_PROTECTION:
      note = request.specialProtectionReason?.trim() || null;
      if (!note) refuse(EligibilityRule.SPECIAL_PROTECTION_REASON_RECORDED, 'record why the child needs special protection (specialProtectionReason).');
      break;
    case PksaProgramme.DISABILITY:
      if (!child.hasDisability) refuse(EligibilityRule.HAS_DISABILITY, 'the registry records no disability for the child.');
      break;
    case PksaProgramme.NEGLECTED_TODDLER:
      if (!child.dateOfBirth || ageOn(child.dateOfBirth, today) >= 5) {
        refuse(EligibilityRule.UNDER_FIVE, child.dateOfBirth ? 'the child is five or older.' : 'the child has no recorded date of birth, so cannot be shown to be under five.');
      }
      break;
    default:
      break;
  }
  const candidates = await beneficiaryCandidates(em, child, request.beneficiaryKind, programme);
  const chosen = request.beneficiaryId ? candidates.find((id) => id === request.beneficiaryId) : candidates[0];
  if (!chosen) refuse(EligibilityRule.BENEFICIARY_MATCHES, `beneficiaryId is not one who may receive the ${request.beneficiaryKind} share for this child.`);
  return { beneficiaryId: chosen, note };
}

/** Who may receive the second share for the child, per the programme's beneficiary kind. */
async function beneficiaryCandidates(em: EntityManager, child: Child, kind: BeneficiaryKind, programme: PksaProgramme): Promise<string[]> {
  if (kind === BeneficiaryKind.INSTITUTION) {
    const placement = await em.findOne(Placement, { child, endedOn: null });
    if (!placement) refuse(EligibilityRule.PLACED_IN_INSTITUTION, 'the child must be placed in an institution now.');
    return [placement.institution.id];
  }
  if (kind === BeneficiaryKind.GUARDIAN) {
    const links = await em.find(ChildGuardian, { child, relationship: { $in: [...RELATIVES] }, isCaregiver: true }, { orderBy: { createdAt: 'asc' } });
    if (!links.length) refuse(EligibilityRule.RELATIVE_GUARDIAN_IS_CAREGIVER, 'the child needs a guardian who is a relative (grandparent, aunt or uncle, sibling) and the caregiver.');
    return links.map((link) => link.guardian.id);
  }
  const assignment = await em.findOne(CompanionAssignment, { child, endedOn: null });
  if (!assignment) refuse(EligibilityRule.HAS_COMPANION, `the ${programme} share goes to the companion: assign the child a companion first.`);
  return [assignment.companion.id];
}
