import { loadConfig } from '../src/config';
import { migrate, openOrm, type Orm } from '../src/orm';
import { createLogger } from '../src/shared/logger';
import { createTestDatabase } from './support/test-database';

/** The last migration before audit entries held several records. */
const BEFORE_AUDIT_ENTRIES = 'Migration20261128081218_retention_anonymisation';

/** The entities and the committed migrations must describe the same schema (npm run migrations:check too). */
describe('migrations', () => {
  let orm: Orm;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase({ fromTemplate: false });
    orm = await openOrm(database.url, loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'm'.repeat(32) }), createLogger('silent'), 'lindungi-test');
  });

  afterAll(async () => {
    await orm.close();
    await database.drop();
  });

  it('build an empty database up to exactly what the entities describe', async () => {
    const applied = await migrate(orm, createLogger('silent'));
    expect(applied.length).toBeGreaterThan(0);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('roll all the way down and up again', async () => {
    const migrator = orm.getMigrator();
    await migrator.down({ to: 0 });
    const tables = await orm.em.getConnection().execute<Array<{ tablename: string }>>(
      "select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'",
    );
    expect(tables).toEqual([]);
    await migrator.up();
    expect(await migrator.checkMigrationNeeded()).toBe(false);
  });

  it('keep every audit line written before entries held several records, and refuse to go back once one does', async () => {
    const migrator = orm.getMigrator();
    const connection = orm.em.getConnection();
    await migrator.down({ to: BEFORE_AUDIT_ENTRIES });
    const child = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
    await connection.execute(
      `insert into audit_entry (action, operation, actor_kind, roles, subject_type, subject_id, fields, outcome, request_id)
       values ('READ', 'Child', 'STAFF', '{SUPERVISOR}', 'Child', ?, '{fullName}', 'OK', 'before-1'), ('CHANGE', 'Mutation.signIn', 'PUBLIC', '{}', null, null, '{}', 'OK', 'before-2')`,
      [child],
    );
    await migrator.up();
    const lines = () => connection.execute<Array<{ request_id: string; subject_ids: string[] }>>('select request_id, subject_ids from audit_entry order by sequence');
    expect(await lines()).toEqual([
      { request_id: 'before-1', subject_ids: [child] },
      { request_id: 'before-2', subject_ids: [] },
    ]);
    // Back down while each entry holds at most one record: the lines are as they were.
    await migrator.down({ to: BEFORE_AUDIT_ENTRIES });
    expect(await connection.execute('select request_id, subject_id from audit_entry order by sequence')).toEqual([
      { request_id: 'before-1', subject_id: child },
      { request_id: 'before-2', subject_id: null },
    ]);
    await migrator.up();
    await connection.execute(
      `insert into audit_entry (action, operation, actor_kind, roles, subject_type, subject_ids, fields, outcome, request_id)
       values ('READ', 'Child', 'STAFF', '{SUPERVISOR}', 'Child', array[?, gen_random_uuid()]::uuid[], '{fullName}', 'OK', 'after-1')`,
      [child],
    );
    await expect(migrator.down({ to: BEFORE_AUDIT_ENTRIES })).rejects.toThrow(/several records each/);
    expect((await lines()).map((line) => line.request_id)).toEqual(['before-1', 'before-2', 'after-1']);
    expect(await migrator.checkMigrationNeeded()).toBe(false);
  });
});
