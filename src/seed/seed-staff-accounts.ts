import type { StaffAccount, StaffAccountDetails } from '../identity/staff-account.entity';
import { StaffAccountService } from '../identity/staff-account.service';
import { JakartaArea, StaffRole } from '../shared/auth/roles';
import type { RequestContext } from '../shared/request-context';
import type { DemoLinks } from './seed-roster';

/** One account per role, for local trials; their addresses say what they are. */
export const SEED_STAFF = Object.values(StaffRole).map((role) => ({
  email: `${role.toLowerCase().replace(/_/g, '.')}@lindungi.local`,
  displayName: `Demo ${role.toLowerCase().replace(/_/g, ' ')}`,
  roles: [role],
  area: role === StaffRole.ADMIN || role === StaffRole.AUDITOR ? null : JakartaArea.JAKARTA_TIMUR,
}));

export interface DemoAccountOutcome {
  email: string;
  roles: StaffRole[];
  outcome: 'created' | 'linked' | 'kept';
  workerId: string | null;
  institutionId: string | null;
}

type AccountLinks = Pick<StaffAccountDetails, 'workerId' | 'institutionId'>;

/**
 * The registry record behind each role's demo account. Companions see their caseload and institution staff
 * the children placed with them (childScope), so without these links those accounts would see nothing.
 */
function linksFor(role: StaffRole, links: DemoLinks): AccountLinks {
  switch (role) {
    case StaffRole.SOCIAL_WORKER:
      return { workerId: links.socialWorkerId };
    case StaffRole.COMPANION:
      return { workerId: links.companionWorkerId };
    case StaffRole.INSTITUTION_STAFF:
      return { workerId: links.institutionStaffWorkerId, institutionId: links.institutionId };
    case StaffRole.EXPERT_ADVISOR:
      return { workerId: links.expertWorkerId };
    default:
      return {};
  }
}

/**
 * Creates the missing demo accounts, linked to the dataset's workers and institution. Existing accounts
 * are kept as they are, except that one with no links at all (made before there was a dataset) is linked.
 */
export async function ensureDemoStaffAccounts(context: RequestContext, links: DemoLinks): Promise<DemoAccountOutcome[]> {
  const service = new StaffAccountService(context);
  const outcomes: DemoAccountOutcome[] = [];
  for (const details of SEED_STAFF) {
    const wanted = linksFor(details.roles[0], links);
    const existing = await service.findByEmail(details.email);
    let account: StaffAccount;
    let outcome: DemoAccountOutcome['outcome'] = 'kept';
    if (!existing) {
      account = await service.create({ ...details, ...wanted });
      outcome = 'created';
    } else if (!existing.workerId && !existing.institutionId && (wanted.workerId || wanted.institutionId)) {
      account = await service.changeAccess(existing.id, { roles: existing.roles, area: existing.area, ...wanted });
      outcome = 'linked';
    } else {
      account = existing;
    }
    outcomes.push({ email: account.email, roles: account.roles, outcome, workerId: account.workerId, institutionId: account.institutionId });
  }
  return outcomes;
}
