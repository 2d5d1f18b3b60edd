import { ReferenceKind } from '@mikro-orm/core';
import type { QueryBuilder } from '@mikro-orm/postgresql';

/**
 * The rows of a read-only query shaped like its entity, without creating entities: property names and
 * types as the entity has them (dates, JSON), and each many-to-one as `{ id }`, which is all a field
 * resolver reads from it. For answers only: nothing read this way may be changed and flushed. Creating,
 * hydrating and merging entities was most of the CPU a profile page cost (see BENCHMARKS.md).
 */
export async function leanRows<Entity extends object>(query: QueryBuilder<Entity>): Promise<Entity[]> {
  const metadata = query.mainAlias.metadata;
  const references = metadata ? metadata.relations.filter((relation) => relation.kind === ReferenceKind.MANY_TO_ONE).map((relation) => relation.name) : [];
  const rows = await query.execute<Array<Record<string, unknown>>>('all', true);
  for (const row of rows) {
    for (const name of references) if (row[name] !== null && row[name] !== undefined) row[name] = { id: row[name] };
  }
  return rows as unknown as Entity[];
}
