import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from './project-root';
import { buildLindungiSchema } from './schema';
import { DomainEvents } from './shared/events/domain-events';

export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

/** The committed schema file's text: generated from the code, sorted so diffs show real changes only. */
export async function printSchemaArtifact(): Promise<string> {
  const schema = await buildLindungiSchema(new DomainEvents().pubSub);
  return [
    '# Generated from the code by `npm run schema:emit`; do not edit. `npm run schema:check` fails when stale.',
    '',
    printSchema(lexicographicSortSchema(schema)),
    '',
  ].join('\n');
}
