import type { EntityManager } from '@mikro-orm/postgresql';
import { SeedDataset } from './seed-dataset';
import type { DemoLinks } from './seed-roster';
import { type SeedCounts, writeSeedBatch, zeroCounts } from './seed-writer';

export interface SeedDatabaseOptions {
  children: number;
  seed: number;
  /** YYYY-MM-DD: the day the dataset describes as today. */
  asOf: string;
  /** Add to a database that already has children instead of refusing. */
  append: boolean;
  /** Called after each batch is committed, with the children written so far. */
  onProgress?: (childrenWritten: number, children: number) => void;
}

export interface SeedDatabaseResult {
  /** Rows written by this run, per table. */
  added: SeedCounts;
  /** Children that were there before (non-zero only when appending). */
  existingChildren: number;
  demoLinks: DemoLinks;
}

/** Refused because the database already has children and appending was not asked for. */
export class SeedRefusedError extends Error {}

/**
 * Fills the database with the generated dataset, one transaction per batch: a failure leaves the
 * batches before it in place, and `--append` can carry on from there.
 */
export async function seedDatabase(em: EntityManager, options: SeedDatabaseOptions): Promise<SeedDatabaseResult> {
  const knex = em.getConnection().getKnex();
  const existing = await knex.raw<{ rows: Array<{ count: string }> }>('select count(*) as count from child');
  const existingChildren = Number(existing.rows[0].count);
  if (existingChildren > 0 && !options.append) {
    throw new SeedRefusedError(
      `The database already has ${existingChildren} children: add --append to add ${options.children} more, or seed an empty database.`,
    );
  }
  const usedNiks = new Set<string>();
  if (existingChildren > 0) {
    const taken = await knex.raw<{ rows: Array<{ nik: string }> }>('select nik from child where nik is not null');
    for (const { nik } of taken.rows) usedNiks.add(nik);
  }
  const dataset = new SeedDataset({ children: options.children, seed: options.seed, asOf: options.asOf, existingChildren, usedNiks });
  const added = zeroCounts();
  for (const batch of dataset.batches()) {
    await writeSeedBatch(knex, batch, added);
    options.onProgress?.(added.children, options.children);
  }
  return { added, existingChildren, demoLinks: dataset.demoLinks() };
}
