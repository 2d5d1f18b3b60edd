import { performance } from 'node:perf_hooks';
import type { Knex } from '@mikro-orm/postgresql';
import { Command } from 'commander';
import type { AppConfig } from '../config';
import { StaffRole } from '../shared/auth/roles';
import type { Logger } from '../shared/logger';
import { seedDatabase, SeedRefusedError } from '../seed/seed-database';
import { dayOf, isoDate, today } from '../seed/seed-dates';
import { type DemoAccountOutcome, ensureDemoStaffAccounts } from '../seed/seed-staff-accounts';
import { countSeedTables, countsByTable } from '../seed/seed-writer';
import { withCliSession } from './cli-session';
import { CliError } from './staff-commands';

export { SEED_STAFF } from '../seed/seed-staff-accounts';

const MAX_CHILDREN = 200_000;
const MAX_SEED = 2_147_483_647;

interface SeedCommandOptions {
  children: string;
  seed: string;
  asOf?: string;
  append?: boolean;
}

/**
 * `lindungi seed`: fills a database for trials with a realistic Jakarta dataset (institutions, workers,
 * guardians, children with needs and histories) and one staff account per role, linked so they see data.
 */
export function seedCommand(config: () => AppConfig, logger: () => Logger): Command {
  return new Command('seed')
    .description('fill the database with a realistic Jakarta dataset and one staff account per role (refused in production)')
    .option('--children <n>', `how many children to create, 1 to ${MAX_CHILDREN}`, '1000')
    .option('--seed <n>', 'random seed: the same seed (and --as-of) gives the identical dataset', '1')
    .option('--as-of <date>', "the day the dataset describes as today, YYYY-MM-DD (default: today's date)")
    .option('--append', 'add to a database that already has children instead of refusing')
    .action(async (options: SeedCommandOptions) => {
      if (config().environment === 'production') throw new CliError('lindungi seed creates demonstration data and accounts and refuses to run in production.');
      const children = wholeNumber('--children', options.children, 1, MAX_CHILDREN);
      const seed = wholeNumber('--seed', options.seed, 0, MAX_SEED);
      const asOf = calendarDate('--as-of', options.asOf ?? today());
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const started = performance.now();
        const onProgress = process.stderr.isTTY
          ? (written: number, total: number) => process.stderr.write(`\rwritten ${written} of ${total} children${written === total ? '\n' : ''}`)
          : undefined;
        const result = await seedDatabase(session.orm.em.fork(), { children, seed, asOf, append: options.append ?? false, onProgress }).catch((error: unknown) => {
          throw error instanceof SeedRefusedError ? new CliError(error.message) : error;
        });
        const accounts = await ensureDemoStaffAccounts(session.systemContext(), result.demoLinks);
        const knex = session.orm.em.getConnection().getKnex();
        const totals = await countSeedTables(knex);
        const seconds = (performance.now() - started) / 1000;
        const appended = result.existingChildren ? ` to the ${result.existingChildren} already there` : '';
        console.log(`Added ${children} children${appended} (seed ${seed}, as of ${asOf}) in ${seconds.toFixed(1)} s.`);
        console.log(`${'table'.padEnd(24)}${'added'.padStart(10)}${'total'.padStart(10)}`);
        const added = countsByTable(result.added);
        added.staff_account = accounts.filter((account) => account.outcome === 'created').length;
        for (const { table, rows } of totals) console.log(`${table.padEnd(24)}${String(added[table] ?? 0).padStart(10)}${String(rows).padStart(10)}`);
        console.log('\nDemo staff accounts, one per role:');
        for (const account of accounts) console.log(`  ${account.outcome.padEnd(8)}${account.email} (${account.roles.join(', ')})${await scopeNote(knex, account)}`);
        console.log('\nGet a token with: npm run cli -- token --email <address>');
        console.log('  for example: npm run cli -- token --email companion@lindungi.local');
      });
    });
}

/** What a linked demo account will see when it signs in, so the reader knows which one to try. */
async function scopeNote(knex: Knex, account: DemoAccountOutcome): Promise<string> {
  const count = async (sql: string, id: string) => Number((await knex.raw<{ rows: Array<{ count: string }> }>(sql, [id])).rows[0].count);
  if (account.roles.includes(StaffRole.COMPANION) && account.workerId) {
    const caseload = await count('select count(*) as count from companion_assignment where companion_id = ? and ended_on is null', account.workerId);
    return `: companion worker ${account.workerId}, ${caseload} children in the caseload`;
  }
  if (account.roles.includes(StaffRole.INSTITUTION_STAFF) && account.institutionId) {
    const placed = await count('select count(*) as count from placement where institution_id = ? and ended_on is null', account.institutionId);
    return `: institution ${account.institutionId}, ${placed} children placed there now`;
  }
  return account.workerId ? `: worker ${account.workerId}` : '';
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) throw new CliError(`${flag} must be a whole number from ${min} to ${max} (got "${value}").`);
  return number;
}

function calendarDate(flag: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDate(dayOf(value)) !== value) throw new CliError(`${flag} must be a date as YYYY-MM-DD (got "${value}").`);
  return value;
}
