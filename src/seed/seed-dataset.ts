import { JakartaNames } from './jakarta-names';
import { AREA_WEIGHTS, AREAS } from './jakarta-places';
import { SeededRandom } from './random';
import type { SeedContext } from './seed-context';
import { dayOf } from './seed-dates';
import { generateFamily } from './seed-families';
import { generateOrganisations } from './seed-organisations';
import { type DemoLinks, SeedRoster } from './seed-roster';
import { emptyBatch, type SeedBatch } from './seed-rows';

export interface SeedDatasetOptions {
  /** How many children to generate. */
  children: number;
  /** The same seed (with the same `asOf` and `existingChildren`) gives the identical dataset. */
  seed: number;
  /** The day the dataset describes as today (YYYY-MM-DD): ages, histories and due dates count from it. */
  asOf: string;
  /**
   * Children already in the database when appending. It is mixed into the random stream, so an appended
   * dataset gets new ids instead of repeating the first one's.
   */
  existingChildren?: number;
  /** NIKs already taken (when appending); new NIKs avoid them, and are added to the set. */
  usedNiks?: Set<string>;
  /** Children per batch (one transaction each). */
  batchSize?: number;
}

/**
 * The Jakarta dataset, produced batch by batch so a hundred thousand children never sit in memory at
 * once: first the institutions and workers, then families of children with their histories.
 */
export class SeedDataset {
  private readonly context: SeedContext;
  private roster: SeedRoster | null = null;

  constructor(private readonly options: SeedDatasetOptions) {
    const random = new SeededRandom([options.seed, options.existingChildren ?? 0]);
    this.context = { random, names: new JakartaNames(random), asOf: dayOf(options.asOf) };
  }

  *batches(): Generator<SeedBatch> {
    const { random } = this.context;
    const total = this.options.children;
    const batchSize = this.options.batchSize ?? 2000;
    const usedNiks = this.options.usedNiks ?? new Set<string>();
    const organisations = generateOrganisations(this.context, total);
    const roster = new SeedRoster(organisations);
    this.roster = roster;
    yield { ...emptyBatch(), institutions: organisations.institutions, workers: organisations.workers };
    let made = 0;
    let families = 0;
    while (made < total) {
      const batch = emptyBatch();
      while (made < total && batch.children.length < batchSize) {
        // The first families visit every area in turn, so even a small dataset covers all six.
        const area = families < AREAS.length ? AREAS[families] : random.weighted(AREA_WEIGHTS);
        made += generateFamily(this.context, roster, usedNiks, batch, area, total - made);
        families += 1;
      }
      yield batch;
    }
  }

  /** Whom the demonstration accounts should be linked to; known once every batch has been taken. */
  demoLinks(): DemoLinks {
    if (!this.roster) throw new Error('Generate the batches before asking for the demo links.');
    return this.roster.demoLinks();
  }
}
