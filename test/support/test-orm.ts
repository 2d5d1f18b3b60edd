import { loadConfig } from '../../src/config';
import { openOrm, type Orm } from '../../src/orm';
import { createLogger } from '../../src/shared/logger';
import { createTestDatabase } from './test-database';

/** An ORM on a database of the test's own (cloned from the migrated template); `close` closes it and drops the database. */
export async function openTestOrm(): Promise<{ orm: Orm; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const orm = await openOrm(database.url, loadConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32) }), createLogger('silent'), 'lindungi-test');
  return {
    orm,
    close: async () => {
      await orm.close();
      await database.drop();
    },
  };
}
