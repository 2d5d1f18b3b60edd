import { JakartaArea } from '../shared/auth/roles';
import { WorkerKind } from '../workers/worker.entity';
import type { SeededRandom } from './random';
import type { Organisations } from './seed-organisations';
import { RESIDENTIAL_TYPES } from './seed-organisations';
import type { InstitutionRow, WorkerRow } from './seed-rows';

/** Workers and an institution for the demonstration accounts to be linked to, so they see children. */
export interface DemoLinks {
  socialWorkerId: string | null;
  companionWorkerId: string | null;
  institutionId: string | null;
  institutionStaffWorkerId: string | null;
  expertWorkerId: string | null;
}

/** The demonstration accounts work in Jakarta Timur (see SEED_STAFF); links prefer workers there. */
const DEMO_AREA = JakartaArea.JAKARTA_TIMUR;

/**
 * Who and where a child can be given to: homes with room in the child's area and the companions of that
 * area. It counts current placements and caseloads as the generator hands them out.
 */
export class SeedRoster {
  private readonly homes = new Map<JakartaArea, InstitutionRow[]>();
  private readonly companions = new Map<JakartaArea, WorkerRow[]>();
  private readonly placedNow = new Map<string, number>();
  private readonly caseloads = new Map<string, number>();

  constructor(private readonly organisations: Organisations) {
    for (const home of organisations.institutions) {
      if (RESIDENTIAL_TYPES.includes(home.type)) addTo(this.homes, home.area, home);
    }
    for (const worker of organisations.workers) {
      if (worker.kind === WorkerKind.COMPANION && worker.area) addTo(this.companions, worker.area, worker);
    }
  }

  /** A home in the area with room for `children` more; when all are full, any home in the area. */
  homeFor(random: SeededRandom, area: JakartaArea, children: number): InstitutionRow {
    const homes = this.homes.get(area) ?? [];
    const withRoom = homes.filter((home) => (this.placedNow.get(home.id) ?? 0) + children <= home.capacity);
    return random.pick(withRoom.length ? withRoom : homes);
  }

  /** Another home in the area than `except` (for an earlier placement), or `except` when it is the only one. */
  otherHome(random: SeededRandom, area: JakartaArea, except: InstitutionRow): InstitutionRow {
    const others = (this.homes.get(area) ?? []).filter((home) => home.id !== except.id);
    return others.length ? random.pick(others) : except;
  }

  recordPlacement(institutionId: string): void {
    this.placedNow.set(institutionId, (this.placedNow.get(institutionId) ?? 0) + 1);
  }

  /** A companion of the area, other than `except` when the area has more than one. */
  companionFor(random: SeededRandom, area: JakartaArea, except?: string): WorkerRow {
    const all = this.companions.get(area) ?? [];
    const others = all.filter((companion) => companion.id !== except);
    return random.pick(others.length ? others : all);
  }

  recordAssignment(companionId: string): void {
    this.caseloads.set(companionId, (this.caseloads.get(companionId) ?? 0) + 1);
  }

  /** The busiest companion and home, in the demo area when it has any, else anywhere. */
  demoLinks(): DemoLinks {
    const { institutions, workers } = this.organisations;
    const companion = busiest(workers.filter((worker) => worker.kind === WorkerKind.COMPANION), this.caseloads);
    const home = busiest(institutions, this.placedNow);
    const firstOf = (kind: WorkerKind, area: JakartaArea | null) =>
      workers.find((worker) => worker.kind === kind && (area === null || worker.area === area)) ?? workers.find((worker) => worker.kind === kind);
    return {
      socialWorkerId: firstOf(WorkerKind.SOCIAL_WORKER, DEMO_AREA)?.id ?? null,
      companionWorkerId: companion?.id ?? null,
      institutionId: home?.id ?? null,
      institutionStaffWorkerId: workers.find((worker) => worker.kind === WorkerKind.INSTITUTION_STAFF && worker.institutionId === home?.id)?.id ?? null,
      expertWorkerId: firstOf(WorkerKind.EXPERT_ADVISOR, null)?.id ?? null,
    };
  }
}

/** The candidate with the highest count, preferring the demo area; null when nobody has any. */
function busiest<Candidate extends { id: string; area: JakartaArea | null }>(candidates: Candidate[], counts: Map<string, number>): Candidate | null {
  let best: Candidate | null = null;
  const score = (candidate: Candidate) => (counts.get(candidate.id) ?? 0) + (candidate.area === DEMO_AREA && counts.get(candidate.id) ? 1_000_000 : 0);
  for (const candidate of candidates) {
    if ((counts.get(candidate.id) ?? 0) > 0 && (!best || score(candidate) > score(best))) best = candidate;
  }
  return best;
}

function addTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
