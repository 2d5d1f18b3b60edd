import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { Client } from 'pg';
import type { AppConfig } from '../config';
import { openOrm } from '../orm';
import { printSchemaArtifact, SCHEMA_FILE } from '../schema-artifact';
import type { Logger } from '../shared/logger';
import { withCliSession } from './cli-session';
import { CliError } from './staff-commands';

/**
 * Commands for developers: the schema file and migrations. Migrations are generated against a scratch
 * database built from the committed migrations, so a developer's own data never leaks into a diff.
 */
export function developmentCommands(config: () => AppConfig, logger: () => Logger): Command[] {
  const schema = new Command('schema')
    .description('write or check schema/schema.graphql')
    .option('--check', 'fail when the committed file differs from the code')
    .action(async (options: { check?: boolean }) => {
      const printed = await printSchemaArtifact();
      if (!options.check) {
        writeFileSync(SCHEMA_FILE, printed);
        console.log(`Wrote ${SCHEMA_FILE}`);
        return;
      }
      let committed = '';
      try {
        committed = readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        // a missing file is stale too
      }
      if (committed !== printed) throw new CliError('schema/schema.graphql is stale: run `npm run schema:emit` and commit it.');
      console.log('schema/schema.graphql is up to date');
    });

  const create = new Command('migration:create')
    .description('generate a migration from the difference between the entities and the migrations')
    .argument('[name]', 'a short name, e.g. add_child_profile')
    .action(async (name: string | undefined) => {
      await withScratchDatabase(config(), logger(), async (orm) => {
        const result = await orm.getMigrator().createMigration(undefined, false, false, name);
        console.log(result.fileName ? `Created migrations/${result.fileName}` : 'The entities match the migrations: nothing to create.');
      });
    });

  const check = new Command('migration:check')
    .description('fail when the entities and the migrations disagree')
    .action(async () => {
      await withScratchDatabase(config(), logger(), async (orm) => {
        if (await orm.getMigrator().checkMigrationNeeded()) {
          throw new CliError('The entities differ from the migrations: run `npm run migration:create -- <name>` and review it.');
        }
        console.log('The migrations match the entities');
      });
    });

  return [schema, create, check];
}

async function withScratchDatabase(config: AppConfig, logger: Logger, work: (orm: Awaited<ReturnType<typeof openOrm>>) => Promise<void>) {
  await withCliSession(config, logger, { migrate: false }, async (session) => {
    const serverUrl = session.orm.config.get('clientUrl') as string;
    const scratchName = `lindungi_scratch_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${scratchName}`);
      const scratchUrl = new URL(serverUrl);
      scratchUrl.pathname = `/${scratchName}`;
      const orm = await openOrm(scratchUrl.toString(), config, logger, 'lindungi-cli');
      try {
        // Only the schema matters here; reference data is not loaded into the scratch database.
        await orm.getMigrator().up();
        await work(orm);
      } finally {
        await orm.close();
      }
    } finally {
      await admin.query(`drop database if exists ${scratchName} with (force)`);
      await admin.end();
    }
  });
}
