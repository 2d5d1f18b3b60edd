/** A SQL condition with its `?` parameters, for building scope rules that every query path applies. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export const NOTHING: SqlCondition = Object.freeze({ sql: 'false', params: [] }) as SqlCondition;
export const EVERYTHING: SqlCondition = Object.freeze({ sql: 'true', params: [] }) as SqlCondition;

/** Any of the conditions (OR); none at all means nothing matches: deny by default. */
export function anyOf(conditions: SqlCondition[]): SqlCondition {
  if (conditions.length === 0) return NOTHING;
  return { sql: `(${conditions.map((condition) => condition.sql).join(' or ')})`, params: conditions.flatMap((condition) => condition.params) };
}
