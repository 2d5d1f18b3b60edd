import { loadConfig } from '../src/config';
import { migrate, openOrm, type Orm } from '../src/orm';
import { createLogger } from '../src/shared/logger';
import { createTestDatabase } from './support/test-database';

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
});
