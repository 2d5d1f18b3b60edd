import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { leanRows } from '../shared/lean-rows';
import { groupByKeys, type RequestLoader } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { ProgressReport } from './progress-report.entity';

/** What the report type's field resolvers read of a report: `revisions` its id, `child` and `companion` their references. */
const RESOLVER_READS: Readonly<Record<string, readonly string[]>> = { revisions: ['id'], child: ['child'], companion: ['companion'], __typename: [] };
/** Read whatever is selected: the key, and the references the loaders group by and the resolvers follow. */
const ALWAYS_READ = ['id', 'child', 'companion'];

/** Every column of a report, in the entity's order; worked out once per ORM (the profile statement's rows name their column set, read back per row). */
const columnsByMetadata = new WeakMap<object, readonly string[]>();

function reportColumns(em: EntityManager): readonly string[] {
  const metadata = em.getMetadata().get(ProgressReport.name);
  const known = columnsByMetadata.get(metadata);
  if (known) return known;
  const columns = metadata.props
    .filter((prop) => (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE) && prop.persist !== false)
    .flatMap((prop) => prop.fieldNames);
  columnsByMetadata.set(metadata, columns);
  return columns;
}

/**
 * The columns of `progress_report` a selection of report fields needs (in the entity's order, so a
 * selection always gives the same statement): the key and references, and the column of each field
 * selected. A list of report dates and states then reads 6 of 16 columns and never the text (`content`,
 * a month's narrative and scores). A field that is neither a column nor a resolver listed above (one
 * added later) gets every column: reading too much is slower, reading too little would answer wrongly.
 */
export function reportColumnsFor(em: EntityManager, fieldNames: readonly string[]): string[] {
  const metadata = em.getMetadata().get(ProgressReport.name);
  const properties = new Set(ALWAYS_READ);
  for (const name of fieldNames) {
    const reads = RESOLVER_READS[name];
    if (reads) {
      for (const property of reads) properties.add(property);
      continue;
    }
    const prop = metadata.properties[name as keyof ProgressReport];
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false) return [...reportColumns(em)];
    properties.add(name);
  }
  return metadata.props.filter((prop) => properties.has(prop.name)).flatMap((prop) => prop.fieldNames);
}

/** A short name for a set of report columns (a bit per column), for SQL aliases; `reportColumnsNamed` reads it back. */
export function reportColumnsName(em: EntityManager, columns: readonly string[]): string {
  return reportColumns(em)
    .reduce((bits, column, index) => (columns.includes(column) ? bits | (2 ** index) : bits), 0)
    .toString(36);
}

export function reportColumnsNamed(em: EntityManager, name: string): string[] {
  const bits = parseInt(name, 36);
  return reportColumns(em).filter((_column, index) => Math.floor(bits / 2 ** index) % 2 === 1);
}

/**
 * Each child's latest `last` reports, newest period first, with `columns` only (`reportColumnsFor` the
 * query's selection). The reports of every child in the request come in one statement that ranks them per
 * child (a window function). The profile page's one-statement read fills this loader in advance
 * (`src/children/child-profile.prefetch.ts`), under the same key for the same selection.
 */
export function recentProgressReportsLoader(context: RequestContext, last: number, columns: readonly string[]): RequestLoader<string, ProgressReport[]> {
  return context.loaders.get(`recent-progress-reports-${last}-${columns.join(',')}`, async (childIds: readonly string[]) => {
    const query = context.em
      .createQueryBuilder(ProgressReport, 'r')
      .select(columns.map((column) => `r.${column}`))
      .where(
        `r.id in (select ranked.id from (select id, row_number() over (partition by child_id order by period_start desc) as position
           from progress_report where child_id in (${childIds.map(() => '?').join(', ')})) ranked where ranked.position <= ?)`,
        [...childIds, last],
      )
      .orderBy({ periodStart: 'desc' });
    return groupByKeys(childIds, await leanRows(context.em, query), (report) => report.child.id);
  });
}
