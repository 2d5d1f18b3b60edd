import { AccessRecorder } from '../src/audit/access-recorder';
import { randomUUID } from 'node:crypto';
import { validateNik } from '../src/children/nik';
import { loadConfig } from '../src/config';
import { InstitutionType } from '../src/institutions/institution.enums';
import { openOrm, type Orm } from '../src/orm';
import { seedDatabase, SeedRefusedError, type SeedDatabaseResult } from '../src/seed/seed-database';
import { SeedDataset } from '../src/seed/seed-dataset';
import { ensureDemoStaffAccounts } from '../src/seed/seed-staff-accounts';
import { SEED_TABLE_ORDER, SEED_TABLES } from '../src/seed/seed-tables';
import { JakartaArea } from '../src/shared/auth/roles';
import { DomainEvents } from '../src/shared/events/domain-events';
import { RequestLoaders } from '../src/shared/loaders';
import { createLogger } from '../src/shared/logger';
import { createTestDatabase } from './support/test-database';

/** A fixed "today", so ages (under five, 0-17 years) are checked against the day the data describes. */
const AS_OF = '2026-06-30';
const OPTIONS = { children: 300, seed: 7, asOf: AS_OF, append: false };
const TABLES = SEED_TABLE_ORDER.map((key) => SEED_TABLES[key].table);

interface SeededDatabase {
  orm: Orm;
  drop(): Promise<void>;
}

async function openDatabase(): Promise<SeededDatabase> {
  const database = await createTestDatabase();
  const orm = await openOrm(database.url, loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32) }), createLogger('silent'), 'lindungi-test');
  return { orm, drop: async () => { await orm.close(); await database.drop(); } };
}

function query<Row extends object>(database: SeededDatabase, sql: string, params: unknown[] = []): Promise<Row[]> {
  return database.orm.em.getConnection().execute<Row[]>(sql, params);
}

async function count(database: SeededDatabase, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await query<{ count: string }>(database, sql, params);
  return Number(row.count);
}

/** Every table's row count and a digest of all its rows in id order: equal digests mean equal tables. */
async function fingerprint(database: SeededDatabase): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await query<{ rows: string; digest: string }>(database, `select count(*) as rows, md5(string_agg(t::text, '|' order by t.id)) as digest from "${table}" t`);
      return [table, `${row.rows} ${row.digest}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

let first: SeededDatabase;
let second: SeededDatabase;
let firstResult: SeedDatabaseResult;

beforeAll(async () => {
  [first, second] = await Promise.all([openDatabase(), openDatabase()]);
  firstResult = await seedDatabase(first.orm.em.fork(), OPTIONS);
  await seedDatabase(second.orm.em.fork(), OPTIONS);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.drop(), second?.drop()]);
});

describe('lindungi seed', () => {
  it('writes the identical dataset, ids included, for the same seed into two databases', async () => {
    const children = (database: SeededDatabase) => query(database, 'select id, full_name, nickname, date_of_birth, nik from child order by id');
    const firstChildren = await children(first);
    expect(firstChildren).toHaveLength(300);
    expect(await children(second)).toEqual(firstChildren);
    expect(await fingerprint(second)).toEqual(await fingerprint(first));
    expect(firstResult.added.children).toBe(300);
  });

  it('draws a different dataset for a different seed', () => {
    const firstBatchOf = (seed: number) => [...new SeedDataset({ ...OPTIONS, seed, children: 20 }).batches()][1].children.map((child) => child.id);
    expect(firstBatchOf(8)).not.toEqual(firstBatchOf(7));
    expect(firstBatchOf(7)).toEqual(firstBatchOf(7));
  });

  it('places every child in a real kecamatan of its area and a kelurahan of that kecamatan, in all six areas', async () => {
    expect(await count(first, 'select count(*) from child c left join kecamatan k on k.code = c.kecamatan_code where k.area is distinct from c.area')).toBe(0);
    expect(await count(first, 'select count(*) from child c left join kelurahan l on l.code = c.kelurahan_code where l.kecamatan_code is distinct from c.kecamatan_code')).toBe(0);
    const areas = await query<{ area: string }>(first, 'select distinct area from child order by area');
    expect(areas.map(({ area }) => area).sort()).toEqual(Object.values(JakartaArea).sort());
  });

  it('gives valid, unique NIKs that agree with the date of birth, and none to children with an estimated one', async () => {
    const niks = await query<{ nik: string; date_of_birth: string }>(first, "select nik, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth from child where nik is not null");
    expect(niks.length).toBeGreaterThan(100);
    for (const { nik, date_of_birth } of niks) expect(() => validateNik(nik, date_of_birth)).not.toThrow();
    expect(new Set(niks.map(({ nik }) => nik)).size).toBe(niks.length);
    expect(niks.every(({ nik }) => nik.startsWith('31'))).toBe(true);
    expect(await count(first, 'select count(*) from child where date_of_birth_estimated and nik is not null')).toBe(0);
  });

  it('keeps care arrangements, placements, guardians and programmes consistent', async () => {
    const currentPlacements = '(select count(*) from placement p where p.child_id = c.id and p.ended_on is null)';
    expect(await count(first, `select count(*) from child c where care_arrangement = 'INSTITUTION' and ${currentPlacements} <> 1`)).toBe(0);
    expect(await count(first, `select count(*) from child c where care_arrangement <> 'INSTITUTION' and ${currentPlacements} > 0`)).toBe(0);
    expect(await count(first, "select count(*) from child where care_arrangement = 'INSTITUTION'")).toBeGreaterThan(20);
    const kinCaregiver = "exists (select 1 from child_guardian g where g.child_id = c.id and g.is_caregiver and g.relationship in ('GRANDPARENT', 'AUNT_UNCLE'))";
    expect(await count(first, `select count(*) from child c where care_arrangement = 'KINSHIP_CARE' and not ${kinCaregiver}`)).toBe(0);
    expect(await count(first, "select count(*) from child where 'NEGLECTED_TODDLER' = any(programmes) and date_of_birth <= date ? - interval '5 years'", [AS_OF])).toBe(0);
    expect(await count(first, "select count(*) from child where 'NEGLECTED_TODDLER' = any(programmes)")).toBeGreaterThan(0);
    expect(await count(first, "select count(*) from child where ('ALTERNATIVE_CARE' = any(programmes)) <> (care_arrangement = 'INSTITUTION')")).toBe(0);
    expect(await count(first, "select count(*) from child where ('KINSHIP_CARE' = any(programmes)) <> (care_arrangement = 'KINSHIP_CARE')")).toBe(0);
    expect(await count(first, "select count(*) from child where ('DISABILITY' = any(programmes)) <> has_disability")).toBe(0);
    expect(await count(first, "select count(*) from child where date_of_birth > date ? or date_of_birth <= date ? - interval '18 years'", [AS_OF, AS_OF])).toBe(0);
  });

  it('shares guardians between siblings, mostly parents', async () => {
    expect(await count(first, 'select count(*) from (select guardian_id from child_guardian group by guardian_id having count(*) > 1) shared')).toBeGreaterThan(10);
    const parents = await count(first, "select count(*) from child_guardian where relationship = 'PARENT'");
    expect(parents / (await count(first, 'select count(*) from child_guardian'))).toBeGreaterThan(0.5);
  });

  it('has institutions of every type, most of them reporting points', async () => {
    const types = await query<{ type: string }>(first, 'select distinct type from institution');
    expect(types.map(({ type }) => type).sort()).toEqual(Object.values(InstitutionType).sort());
    expect(await count(first, 'select count(*) from institution where is_reporting_point')).toBeGreaterThan((await count(first, 'select count(*) from institution')) / 2);
  });

  it('assigns most children to a companion of their own area, with some earlier assignments ended by a reassignment', async () => {
    expect(await count(first, 'select count(*) from companion_assignment a join child c on c.id = a.child_id join worker w on w.id = a.companion_id where w.area <> c.area or w.kind <> ?', ['COMPANION'])).toBe(0);
    expect(await count(first, 'select count(distinct child_id) from companion_assignment where ended_on is null')).toBeGreaterThan(300 * 0.7);
    expect(await count(first, 'select count(*) from companion_assignment where ended_on is not null and end_reason is not null')).toBeGreaterThan(0);
  });

  it('records needs, measurements and one to four dated assessments per child', async () => {
    const openBirthCertificates = await count(first, "select count(*) from child_need where kind = 'BIRTH_CERTIFICATE' and status in ('OPEN', 'IN_PROGRESS')");
    expect(openBirthCertificates / 300).toBeGreaterThan(0.2);
    expect(openBirthCertificates / 300).toBeLessThan(0.45);
    expect(await count(first, "select count(*) from child_need where kind = 'EDUCATION' and school_level is null")).toBe(0);
    expect(await count(first, 'select count(*) from measurement')).toBeGreaterThan(50);
    expect(await count(first, 'select count(*) from child c where (select count(*) from development_assessment a where a.child_id = c.id) not between 1 and 4')).toBe(0);
    const scores = await query<{ scores: Array<{ score: number }> }>(first, 'select scores from development_assessment');
    expect(scores.flatMap((row) => row.scores.map(({ score }) => score)).every((score) => score >= 1 && score <= 4)).toBe(true);
    expect(scores.every((row) => row.scores.length === 6)).toBe(true);
  });

  it('links the demo companion and institution staff accounts to records that have children', async () => {
    const events = new DomainEvents();
    const context = { em: first.orm.em.fork(), actor: { kind: 'SYSTEM' as const, label: 'test' }, logger: createLogger('silent'), requestId: randomUUID(), events, loaders: new RequestLoaders(), config: loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32) }), clientAddress: null, audit: new AccessRecorder({ actor: { kind: 'SYSTEM', label: 'test' }, requestId: randomUUID(), clientAddress: null, purpose: null }) };
    const accounts = await ensureDemoStaffAccounts(context, firstResult.demoLinks);
    expect(accounts).toHaveLength(8);
    const companion = accounts.find((account) => account.email === 'companion@lindungi.local');
    const staff = accounts.find((account) => account.email === 'institution.staff@lindungi.local');
    expect(await count(first, 'select count(*) from companion_assignment where companion_id = ? and ended_on is null', [companion?.workerId])).toBeGreaterThan(0);
    expect(await count(first, 'select count(*) from placement where institution_id = ? and ended_on is null', [staff?.institutionId])).toBeGreaterThan(0);
    expect(await count(first, 'select count(*) from worker where id = ? and institution_id = ?', [staff?.workerId, staff?.institutionId])).toBe(1);
  });

  it('refuses a database that has children unless asked to append, then adds new children with unique NIKs', async () => {
    await expect(seedDatabase(first.orm.em.fork(), OPTIONS)).rejects.toThrow(SeedRefusedError);
    const appended = await seedDatabase(first.orm.em.fork(), { ...OPTIONS, children: 50, append: true });
    expect(appended.existingChildren).toBe(300);
    expect(await count(first, 'select count(*) from child')).toBe(350);
    expect(await count(first, 'select count(*) from (select nik from child where nik is not null group by nik having count(*) > 1) duplicates')).toBe(0);
  });
});
