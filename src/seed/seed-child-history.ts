import { CareArrangement, RecordStatus, RiskLevel } from '../children/child.enums';
import { DevelopmentDomain, type DomainScoreValue } from '../children/child-needs.entities';
import type { Family, SeedChild } from './seed-child';
import type { SeedContext } from './seed-context';
import { type Day, isoDate, timestampOn } from './seed-dates';
import type { SeedRoster } from './seed-roster';
import type { SeedBatch } from './seed-rows';

const PLACEMENT_REASONS = [
  'Ditelantarkan oleh orang tua.',
  'Kedua orang tua meninggal dunia.',
  'Orang tua tidak mampu secara ekonomi.',
  'Korban kekerasan dalam rumah tangga.',
  'Dirujuk Pekerja Sosial setelah penjangkauan.',
  'Orang tua menjalani hukuman pidana.',
  'Rujukan dari Crisis Center 164.',
];
const REASSIGNMENT_REASONS = [
  'Pendamping dipindahtugaskan ke wilayah lain.',
  'Beban kasus pendamping diseimbangkan ulang.',
  'Pendamping mengundurkan diri.',
  'Anak pindah kelurahan; diserahkan ke pendamping setempat.',
];
const CLOSING_REASONS = [
  'Kasus ditutup: kondisi anak stabil bersama keluarga.',
  'Kasus ditutup: keluarga pindah ke luar DKI Jakarta.',
  'Kasus ditutup: anak kembali ke orang tua (reunifikasi).',
];
const SCORE_BASE: Record<RiskLevel, [number, number]> = {
  [RiskLevel.HIGH]: [1, 2],
  [RiskLevel.MEDIUM]: [2, 3],
  [RiskLevel.LOW]: [2, 4],
  [RiskLevel.NONE]: [3, 4],
};

/**
 * The child's history with the office, as records rather than fields (STYLE.md): stays in homes, companion
 * assignments (with the reassignments that ended earlier ones) and dated development assessments.
 */
export function generateCareHistory(context: SeedContext, roster: SeedRoster, batch: SeedBatch, child: SeedChild, family: Family): void {
  placements(context, roster, batch, child, family);
  assignments(context, roster, batch, child, family);
  assessments(context, batch, child);
}

function placements(context: SeedContext, roster: SeedRoster, batch: SeedBatch, child: SeedChild, family: Family): void {
  const { random, asOf } = context;
  const place = (institutionId: string, startedOn: Day, endedOn: Day | null) =>
    batch.placements.push({
      id: random.uuid(),
      createdAt: timestampOn(startedOn),
      childId: child.row.id,
      institutionId,
      startedOn: isoDate(startedOn),
      endedOn: endedOn === null ? null : isoDate(endedOn),
      reason: random.pick(PLACEMENT_REASONS),
    });
  if (family.home) {
    const startedOn = Math.min(asOf, Math.max(child.born + 30, child.registeredOn - random.int(0, 720)));
    const earlierStart = startedOn - random.int(90, 900);
    if (random.chance(0.12) && earlierStart > child.born + 30) place(roster.otherHome(random, family.area, family.home).id, earlierStart, startedOn);
    place(family.home.id, startedOn, null);
    roster.recordPlacement(family.home.id);
  } else if (family.care === CareArrangement.FAMILY && random.chance(0.04)) {
    // A temporary stay in a home that ended when the child went back to the family.
    const startedOn = Math.max(child.born + 30, child.registeredOn - random.int(200, 1500));
    const endedOn = Math.min(asOf - 30, startedOn + random.int(60, 700));
    if (endedOn > startedOn) place(roster.homeFor(random, family.area, 0).id, startedOn, endedOn);
  }
}

function assignments(context: SeedContext, roster: SeedRoster, batch: SeedBatch, child: SeedChild, family: Family): void {
  const { random, asOf } = context;
  const assign = (companionId: string, startedOn: Day, endedOn: Day | null, endReason: string | null) =>
    batch.companionAssignments.push({
      id: random.uuid(),
      createdAt: timestampOn(startedOn),
      childId: child.row.id,
      companionId,
      startedOn: isoDate(startedOn),
      endedOn: endedOn === null ? null : isoDate(endedOn),
      endReason,
    });
  const startedOn = Math.min(asOf, child.registeredOn + random.int(0, 21));
  const first = roster.companionFor(random, family.area);
  const status = child.row.recordStatus;
  if (status === RecordStatus.ACTIVE && random.chance(0.93)) {
    if (asOf - startedOn > 90 && random.chance(0.25)) {
      const handedOverOn = startedOn + random.int(30, asOf - startedOn - 30);
      const next = roster.companionFor(random, family.area, first.id);
      assign(first.id, startedOn, handedOverOn, random.pick(REASSIGNMENT_REASONS));
      assign(next.id, handedOverOn, null, null);
      roster.recordAssignment(next.id);
    } else {
      assign(first.id, startedOn, null, null);
      roster.recordAssignment(first.id);
    }
  } else if (status !== RecordStatus.ACTIVE && asOf - startedOn > 30 && (status === RecordStatus.CLOSED || random.chance(0.5))) {
    const endedOn = startedOn + random.int(15, asOf - startedOn);
    const reason = status === RecordStatus.CLOSED ? random.pick(CLOSING_REASONS) : 'Keluarga pindah dan tidak dapat dihubungi.';
    assign(first.id, startedOn, endedOn, reason);
  }
}

/**
 * One to four assessments a few months apart, one score per domain (1 in crisis to 4 thriving). Scores
 * start from the child's risk and mostly improve, but some fall back (regressions happen).
 */
function assessments(context: SeedContext, batch: SeedBatch, child: SeedChild): void {
  const { random, asOf } = context;
  const wanted = random.int(1, 4);
  const [low, high] = SCORE_BASE[child.row.riskLevel];
  let scores: DomainScoreValue[] = Object.values(DevelopmentDomain).map((domain) => ({ domain, score: random.int(low, high) }));
  let assessedOn = Math.min(asOf, child.registeredOn + random.int(0, 21));
  for (let index = 0; index < wanted && assessedOn <= asOf; index += 1) {
    let note = 'Asesmen awal saat anak pertama kali didampingi.';
    if (index > 0) {
      const before = total(scores);
      scores = scores.map(({ domain, score }) => ({ domain, score: clamp(score + random.weighted([[1, 30], [0, 58], [-1, 12]] as const)) }));
      const change = total(scores) - before;
      note = change > 0 ? 'Ada kemajuan sejak asesmen sebelumnya.' : change < 0 ? 'Ada kemunduran; pendampingan diperketat.' : 'Kondisi anak relatif tetap.';
    }
    batch.developmentAssessments.push({ id: random.uuid(), createdAt: timestampOn(assessedOn), childId: child.row.id, assessedOn: isoDate(assessedOn), scores, note });
    assessedOn += random.int(75, 150);
  }
}

function total(scores: DomainScoreValue[]): number {
  return scores.reduce((sum, { score }) => sum + score, 0);
}

function clamp(score: number): number {
  return Math.min(4, Math.max(1, score));
}
