import { rmSync } from 'node:fs';
import { TEST_TEMPLATE_VARIABLE, withAdminClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEST_TEMPLATE_VARIABLE];
  if (template) await withAdminClient((client) => client.query(`drop database if exists ${template} with (force)`));
  await globalThis.lindungiTestCluster?.release();
  if (globalThis.lindungiTestDirectory) rmSync(globalThis.lindungiTestDirectory, { recursive: true, force: true });
}
