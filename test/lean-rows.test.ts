import type { EntityClass, EntityData } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AccessRecorder } from '../src/audit/access-recorder';
import { Child } from '../src/children/child.entity';
import { ChildGuardian, CompanionAssignment, Placement } from '../src/children/child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from '../src/children/child-needs.entities';
import { loadConfig } from '../src/config';
import { Guardian } from '../src/guardians/guardian.entity';
import { StaffAccount } from '../src/identity/staff-account.entity';
import { Institution } from '../src/institutions/institution.entity';
import type { Orm } from '../src/orm';
import { ProgressReport } from '../src/progress-reports/progress-report.entity';
import { seedDatabase } from '../src/seed/seed-database';
import { ensureDemoStaffAccounts } from '../src/seed/seed-staff-accounts';
import { DomainEvents } from '../src/shared/events/domain-events';
import { leanEntities, leanEntitiesFromArrays, leanEntitiesFromColumns } from '../src/shared/lean-rows';
import { allColumnsOf } from '../src/shared/selected-columns';
import { RequestLoaders } from '../src/shared/loaders';
import { createLogger } from '../src/shared/logger';
import { Worker } from '../src/workers/worker.entity';
import { openTestOrm } from './support/test-orm';

/**
 * Rows keyed by column become lean entities through Lindungi's own mapper (one pass, src/shared/lean-rows.ts).
 * It must give what the ORM's result mapper followed by the lean conversions gives, for every entity the
 * read paths map this way, from rows as PostgreSQL's driver returns them and from rows built as JSON in SQL
 * (the profile's parts): same properties, same values, same types (dates, booleans, enum arrays, references).
 */
let orm: Orm;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ orm, close } = await openTestOrm());
  const seeded = await seedDatabase(orm.em.fork(), { children: 60, seed: 11, asOf: '2026-06-30', append: false });
  const system = { kind: 'SYSTEM' as const, label: 'test' };
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32) });
  const audit = new AccessRecorder({ actor: system, requestId: randomUUID(), clientAddress: null, purpose: null });
  const context = { em: orm.em.fork(), actor: system, logger: createLogger('silent'), requestId: randomUUID(), events: new DomainEvents(), loaders: new RequestLoaders(), config, clientAddress: null, audit };
  await ensureDemoStaffAccounts(context, seeded.demoLinks);
  // The seed writes no progress reports: some submitted, some returned with a reason and a reviewer, some not yet sent.
  await orm.em.getConnection().execute(
    `insert into progress_report (id, child_id, companion_id, period_start, period_end, due_date, status, content, submissions, submitted_at, return_reason, reviewed_by, reviewed_at)
     select gen_random_uuid(), ca.child_id, ca.companion_id, date '2026-05-01', date '2026-05-31', date '2026-06-07',
            case n % 3 when 0 then 'ACCEPTED' when 1 then 'RETURNED' else 'DRAFT' end::progress_report_status, '{"narrative": "Sehat"}', n % 3,
            case when n % 3 < 2 then timestamptz '2026-06-03 09:30:00.123+07' end,
            case when n % 3 = 1 then 'Lengkapi foto kunjungan.' end,
            case when n % 3 < 2 then (select id from staff_account order by id limit 1) end,
            case when n % 3 < 2 then timestamptz '2026-06-04 10:00:00+07' end
       from (select child_id, companion_id, row_number() over (order by child_id) as n from companion_assignment where ended_on is null) ca`,
  );
}, 120_000);

afterAll(() => close?.());

const ENTITIES: Array<[EntityClass<object>, string]> = [
  [Child, 'child'],
  [ChildGuardian, 'child_guardian'],
  [Guardian, 'guardian'],
  [Placement, 'placement'],
  [Institution, 'institution'],
  [CompanionAssignment, 'companion_assignment'],
  [Worker, 'worker'],
  [ChildNeed, 'child_need'],
  [Measurement, 'measurement'],
  [DevelopmentAssessment, 'development_assessment'],
  [ProgressReport, 'progress_report'],
  [StaffAccount, 'staff_account'],
];

/** What the read paths gave before: the ORM's result mapper, then the lean conversions. */
function throughTheOrm(entity: EntityClass<object>, rows: Array<Record<string, unknown>>): object[] {
  const em = orm.em.fork();
  const metadata = em.getMetadata().get(entity.name);
  const driver = em.getDriver();
  return leanEntities(em, entity, rows.map((row) => driver.mapResult({ ...row } as EntityData<object>, metadata) as Record<string, unknown>));
}

it.each(ENTITIES)('maps %p rows as the ORM does, from the driver and from JSON', async (entity, table) => {
  const em = orm.em.fork();
  const connection = em.getConnection();
  const rows = await connection.execute<Array<Record<string, unknown>>>(`select * from ${table} order by id limit 200`);
  const jsonRows = (await connection.execute<Array<{ row: Record<string, unknown> }>>(`select row_to_json(x) as row from ${table} x order by id limit 200`)).map(
    (item) => item.row,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const source of [rows, jsonRows]) {
    const expected = throughTheOrm(entity, source);
    const mapped = leanEntitiesFromColumns(em, entity, source.map((row) => ({ ...row })));
    expect(mapped).toStrictEqual(expected);
    expect(Object.getPrototypeOf(mapped[0])).toBe(entity.prototype);
  }
});

it.each(ENTITIES)('maps %p rows sent as positional JSON arrays, alone or after another table\'s columns, as the ORM does', async (entity, table) => {
  const em = orm.em.fork();
  const connection = em.getConnection();
  const columns = allColumnsOf(em, entity);
  const rows = await connection.execute<Array<Record<string, unknown>>>(`select * from ${table} order by id limit 200`);
  // The profile statement's shape: json_build_array of the columns, here after two leading values.
  const arrays = (
    await connection.execute<Array<{ row: unknown[] }>>(`select json_build_array('lead', 1, ${columns.map((column) => `x."${column}"`).join(', ')}) as row from ${table} x order by id limit 200`)
  ).map((item) => item.row);
  const expected = throughTheOrm(entity, rows);
  const mapped = leanEntitiesFromArrays(em, entity, columns, arrays, 2);
  expect(mapped).toStrictEqual(expected);
  expect(Object.getPrototypeOf(mapped[0])).toBe(entity.prototype);
  // Some of the columns: those properties only.
  const some = columns.filter((_column, index) => index % 2 === 0);
  const partial = leanEntitiesFromArrays(em, entity, some, arrays.map((values) => values.slice(2).filter((_value, index) => index % 2 === 0)));
  expect(partial.map((record) => Object.keys(record).length)).toEqual(partial.map(() => some.length));
});
