import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * SQL for the months per reporting period of the child `childColumn`: the shortest of its programmes'
 * periods (a child in a monthly and a quarterly programme reports monthly), monthly without a programme.
 */
export function periodMonthsSql(childColumn: string): string {
  return `coalesce((select min(p.reporting_period_months) from child c join aid_programme p on p.code = any(c.programmes::text[]) where c.id = ${childColumn}), 1)`;
}

/** Months per reporting period of each child, in one statement. */
export async function reportingPeriodMonths(em: EntityManager, childIds: string[]): Promise<Map<string, number>> {
  if (!childIds.length) return new Map();
  const rows = await em.execute<Array<{ id: string; months: number }>>(
    `select owned.id, ${periodMonthsSql('owned.id')}::int as months from unnest(string_to_array(?, ',')::uuid[]) as owned(id)`,
    [[...new Set(childIds)].join(',')],
  );
  return new Map(rows.map((row) => [row.id, Number(row.months)]));
}
