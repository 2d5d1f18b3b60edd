import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getArgumentValues, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { ProgressReport } from '../progress-reports/progress-report.entity';
import { recentProgressReportsLoader, reportColumnsFor, reportColumnsName, reportColumnsNamed } from '../progress-reports/recent-progress-reports.loader';
import type { Actor } from '../shared/auth/actor';
import { idIsOneOfJson } from '../shared/database/prepared-statements';
import { leanEntitiesFromColumns } from '../shared/lean-rows';
import type { RequestContext } from '../shared/request-context';
import type { SqlCondition } from '../shared/sql-condition';
import { fieldsAt, fieldsBelow, fieldsIn } from '../shared/selection';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import { childIdsInScope } from './child-scope';
import { RegistryLoaders } from './child.loaders';

/**
 * The parts of a child's profile a query selects. They are read with the children themselves, in the
 * same statement (one JSON column per part), and handed to the request's loaders, so the field resolvers
 * find them there: a profile page is one statement, not one per kind of record. What is read is what the
 * loaders would have read (a child's own records, and the guardians, institutions and companions they
 * point to); the children were found within the caller's scope by the statement itself.
 */
export interface ProfileParts {
  guardianLinks: boolean;
  guardians: boolean;
  placements: boolean;
  institutions: boolean;
  assignments: boolean;
  companions: boolean;
  needs: boolean;
  measurements: boolean;
  assessments: boolean;
  /** Each `recentProgressReports` in the query: its `last` argument and the report fields it selects. */
  recentReports: Array<{ last: number; fields: string[] }>;
  /** A level further: the guardians' children, the institutions' current children, the companions' caseloads (each within the caller's scope). */
  guardianChildren: boolean;
  institutionChildren: boolean;
  companionCaseloads: boolean;
}

/** The profile parts selected on the children found at `paths` below the resolver's field. */
export function profilePartsOf(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): ProfileParts {
  const parts = noParts();
  const childType = info.schema.getType('Child');
  for (const field of paths.flatMap((path) => fieldsBelow(info, path))) {
    /** Whether the selection below this field names `path` (e.g. `['guardian', 'children']`). */
    const selects = (...path: string[]) => fieldsAt(info, [field], path).length > 0;
    switch (field.name.value) {
      case 'guardians':
        parts.guardianLinks = true;
        parts.guardians ||= selects('guardian');
        parts.guardianChildren ||= selects('guardian', 'children');
        break;
      case 'placements':
      case 'currentPlacement':
        parts.placements = true;
        parts.institutions ||= selects('institution');
        parts.institutionChildren ||= selects('institution', 'currentPlacements');
        break;
      case 'companionAssignments':
        parts.assignments = true;
        parts.companions ||= selects('companion');
        parts.companionCaseloads ||= selects('companion', 'caseload');
        break;
      case 'currentCompanion':
        parts.assignments = true;
        parts.companions = true;
        parts.companionCaseloads ||= selects('caseload');
        break;
      case 'needs':
        parts.needs = true;
        break;
      case 'measurements':
        parts.measurements = true;
        break;
      case 'developmentAssessments':
      case 'developmentRegressions':
        parts.assessments = true;
        break;
      case 'recentProgressReports': {
        const definition = isObjectType(childType) ? childType.getFields().recentProgressReports : undefined;
        if (!definition) break;
        // An invalid `last` is left to the field resolver, which refuses it with BAD_USER_INPUT.
        const { last } = getArgumentValues(definition, field, info.variableValues) as { last?: unknown };
        if (typeof last !== 'number' || !Number.isInteger(last) || last < 1 || last > 24) break;
        const fields = fieldsIn(info, field.selectionSet).map((selected) => selected.name.value);
        addReports(parts, [{ last, fields }]);
        break;
      }
    }
  }
  return parts;
}

/** No part at all: the children alone. */
export function noParts(): ProfileParts {
  return {
    guardianLinks: false,
    guardians: false,
    placements: false,
    institutions: false,
    assignments: false,
    companions: false,
    needs: false,
    measurements: false,
    assessments: false,
    recentReports: [],
    guardianChildren: false,
    institutionChildren: false,
    companionCaseloads: false,
  };
}

/** A copy that later additions to `parts` leave as it is. */
export function copyOf(parts: ProfileParts): ProfileParts {
  return { ...parts, recentReports: [...parts.recentReports] };
}

/** Adds the parts `more` selects to `parts`. */
export function addParts(parts: ProfileParts, more: ProfileParts): void {
  for (const key of Object.keys(parts) as Array<keyof ProfileParts>) {
    if (key === 'recentReports') addReports(parts, more.recentReports);
    else parts[key] ||= more[key];
  }
}

/** Adds report reads not already in `parts` (the same `last` and fields). */
function addReports(parts: ProfileParts, reads: ProfileParts['recentReports']): void {
  const keyOf = (read: { last: number; fields: string[] }) => `${read.last}:${[...read.fields].sort().join(',')}`;
  const known = new Set(parts.recentReports.map(keyOf));
  parts.recentReports = [...parts.recentReports, ...reads.filter((read) => !known.has(keyOf(read)))];
}

/**
 * The JSON column of each part, over the child aliased `c`; ordered as the loaders order them. Rows travel
 * as JSON: none of these tables has a bigint column (a JSON number would lose digits past 2^53), and
 * dates, numerics and enum arrays are converted back as the ORM converts them (`leanEntitiesFromColumns`).
 */
function partColumns(parts: ProfileParts, actor: Actor, em: EntityManager): Record<string, SqlCondition> {
  const columns: Record<string, SqlCondition> = {};
  const list = (rows: string, order = '') => ({ sql: `coalesce((select json_agg(x${order ? ` order by ${order}` : ''}) from ${rows}), '[]')`, params: [] });
  /** Rows of `x` that lead to children: only those in the caller's scope, as the loaders read them. */
  const scopedList = (rows: string, order: string) => {
    const scope = childIdsInScope(actor, 'x.child_id');
    return { sql: `coalesce((select json_agg(x order by ${order}) from ${rows} and ${scope.sql}), '[]')`, params: scope.params };
  };
  if (parts.guardianLinks) columns.guardian_links = list('child_guardian x where x.child_id = c.id', 'x.created_at, x.id');
  if (parts.guardians) columns.guardians = list('guardian x where x.id in (select l.guardian_id from child_guardian l where l.child_id = c.id)');
  if (parts.placements) columns.placements = list('placement x where x.child_id = c.id', 'x.started_on desc, x.id');
  if (parts.institutions) columns.institutions = list('institution x where x.id in (select p.institution_id from placement p where p.child_id = c.id)');
  if (parts.assignments) columns.assignments = list('companion_assignment x where x.child_id = c.id', 'x.started_on desc, x.id');
  if (parts.companions) columns.companions = list('worker x where x.id in (select a.companion_id from companion_assignment a where a.child_id = c.id)');
  if (parts.needs) columns.needs = list('child_need x where x.child_id = c.id', 'x.created_at, x.id');
  if (parts.measurements) columns.measurements = list('measurement x where x.child_id = c.id', 'x.measured_on desc, x.id');
  if (parts.assessments) columns.assessments = list('development_assessment x where x.child_id = c.id', 'x.assessed_on desc, x.id');
  // `last` is an integer from 1 to 24 (checked above), so it is written into the statement as is.
  const reports = (columnList: string, last: number) =>
    list(`(select ${columnList} from progress_report r where r.child_id = c.id order by r.period_start desc limit ${last}) x`, 'x.period_start desc');
  // Only the columns the selection reads (the same the field resolver's loader reads), named by `last` and that set.
  for (const { last, fields } of parts.recentReports) {
    const reportColumns = reportColumnsFor(em, fields);
    columns[`recent_reports_${last}_${reportColumnsName(em, reportColumns)}`] = reports(reportColumns.map((column) => `r.${column}`).join(', '), last);
  }
  if (parts.guardianChildren) {
    columns.guardian_children = scopedList('child_guardian x where x.guardian_id in (select l.guardian_id from child_guardian l where l.child_id = c.id)', 'x.created_at, x.id');
  }
  if (parts.institutionChildren) {
    columns.institution_children = scopedList(
      'placement x where x.ended_on is null and x.institution_id in (select p.institution_id from placement p where p.child_id = c.id)',
      'x.started_on, x.id',
    );
  }
  if (parts.companionCaseloads) {
    columns.companion_caseloads = scopedList(
      'companion_assignment x where x.ended_on is null and x.companion_id in (select a.companion_id from companion_assignment a where a.child_id = c.id)',
      'x.started_on, x.id',
    );
  }
  return columns;
}

/** The parts' JSON columns for a statement over children aliased `c`, each named `profile_<part>`. */
export function profilePartColumns(parts: ProfileParts, actor: Actor, em: EntityManager): SqlCondition[] {
  return Object.entries(partColumns(parts, actor, em)).map(([name, column]) => ({ sql: `${column.sql} as "profile_${name}"`, params: column.params }));
}

/**
 * The same for children read by id, each with the parts the field that reached it asked for: a part
 * only some of them need is read for those only (null for the others), so a guardian's or an
 * institution's children, asked for with their names, do not pay for their siblings' placements.
 */
export function profilePartColumnsById(partsById: ReadonlyMap<string, ProfileParts>, actor: Actor, em: EntityManager): SqlCondition[] {
  const idsByColumn = new Map<string, { column: SqlCondition; ids: string[] }>();
  // Children reached through one field ask for the same parts: their columns are built once.
  const columnsByParts = new Map<string, Record<string, SqlCondition>>();
  for (const [id, parts] of partsById) {
    const key = JSON.stringify(parts);
    const columns = columnsByParts.get(key) ?? partColumns(parts, actor, em);
    columnsByParts.set(key, columns);
    for (const [name, column] of Object.entries(columns)) {
      const entry = idsByColumn.get(name) ?? { column, ids: [] };
      entry.ids.push(id);
      idsByColumn.set(name, entry);
    }
  }
  return [...idsByColumn].map(([name, { column, ids }]) =>
    ids.length === partsById.size
      ? { sql: `${column.sql} as "profile_${name}"`, params: column.params }
      : { sql: `case when ${idIsOneOfJson('c.id')} then ${column.sql} end as "profile_${name}"`, params: [JSON.stringify(ids), ...column.params] },
  );
}

type Row = Record<string, unknown>;

/**
 * Takes the parts' JSON columns off each child row (so the rest maps to a Child as before) and hands
 * what they hold to the request's loaders, shaped as the loaders shape it. A part that is null on a
 * row was not read for that child.
 */
export function primeProfileParts(context: RequestContext, rows: Row[]): void {
  const loaders = new RegistryLoaders(context);
  const em = context.em;
  const entitiesSeen = new Set<string>();
  const lean = <Entity extends object>(entity: EntityClass<Entity>, items: unknown): Entity[] => leanEntitiesFromColumns(em, entity, items as Row[]);
  const entities = <Entity extends { id: string }>(entity: EntityClass<Entity>, items: unknown, prime: (id: string, value: Entity) => void): void => {
    const unseen = (items as Row[]).filter((item) => {
      const key = `${entity.name}/${String(item.id)}`;
      if (entitiesSeen.has(key)) return false;
      entitiesSeen.add(key);
      return true;
    });
    for (const value of lean(entity, unseen)) prime(value.id, value);
  };
  for (const row of rows) {
    const childId = row.id as string;
    const has = (name: string): boolean => row[`profile_${name}`] != null;
    // The guardians, institutions and companions this child leads to, read before their parts are taken.
    const guardianIds = has('guardian_children') ? linkedIds(row, 'profile_guardian_links', 'guardian_id') : [];
    const institutionIds = has('institution_children') ? linkedIds(row, 'profile_placements', 'institution_id') : [];
    const companionIds = has('companion_caseloads') ? linkedIds(row, 'profile_assignments', 'companion_id') : [];
    const take = (name: string): unknown => {
      const value = row[`profile_${name}`];
      delete row[`profile_${name}`];
      return value;
    };
    if (has('guardian_links')) loaders.guardianLinksByChild.prime(childId, lean(ChildGuardian, take('guardian_links')));
    if (has('guardians')) entities(Guardian, take('guardians'), (id, guardian) => loaders.guardianById.prime(id, guardian));
    if (has('placements')) loaders.placementsByChild.prime(childId, lean(Placement, take('placements')));
    if (has('institutions')) entities(Institution, take('institutions'), (id, institution) => loaders.institutionById.prime(id, institution));
    if (has('assignments')) loaders.assignmentsByChild.prime(childId, lean(CompanionAssignment, take('assignments')));
    if (has('companions')) entities(Worker, take('companions'), (id, worker) => loaders.workerById.prime(id, worker));
    if (has('needs')) loaders.needsByChild.prime(childId, lean(ChildNeed, take('needs')));
    if (has('measurements')) loaders.measurementsByChild.prime(childId, lean(Measurement, take('measurements')));
    if (has('assessments')) loaders.assessmentsByChild.prime(childId, lean(DevelopmentAssessment, take('assessments')));
    for (const name of Object.keys(row).filter((key) => key.startsWith('profile_recent_reports_'))) {
      const [last, columnsName] = name.slice('profile_recent_reports_'.length).split('_');
      if (row[name] != null) recentProgressReportsLoader(context, Number(last), reportColumnsNamed(em, columnsName)).prime(childId, lean(ProgressReport, row[name]));
      delete row[name];
    }
    // Every guardian, institution and companion this child leads to gets its list, empty ones included.
    if (has('guardian_children')) {
      primeByKey(take('guardian_children') as Row[], 'guardian_id', guardianIds, (id, links) =>
        loaders.guardianLinksByGuardian.prime(id, lean(ChildGuardian, links)),
      );
    }
    if (has('institution_children')) {
      primeByKey(take('institution_children') as Row[], 'institution_id', institutionIds, (id, placements) =>
        loaders.currentPlacementsByInstitution.prime(id, lean(Placement, placements)),
      );
    }
    if (has('companion_caseloads')) {
      primeByKey(take('companion_caseloads') as Row[], 'companion_id', companionIds, (id, assignments) =>
        loaders.currentAssignmentsByCompanion.prime(id, lean(CompanionAssignment, assignments)),
      );
    }
    // Parts read for other children of the statement only (null here) go too: the rest maps to a Child.
    for (const key of Object.keys(row)) if (key.startsWith('profile_')) delete row[key];
  }
}

/** The ids in `column` of the JSON rows in the part column `part` of `row`. */
function linkedIds(row: Row, part: string, column: string): string[] {
  return [...new Set(((row[part] ?? []) as Row[]).map((item) => item[column] as string))];
}

/** Hands each of `keys` the rows whose `column` is that key, in their order (none: an empty list). */
function primeByKey(rows: Row[], column: string, keys: readonly string[], prime: (key: string, rows: Row[]) => void): void {
  const byKey = new Map<string, Row[]>(keys.map((key) => [key, []]));
  for (const item of rows) byKey.get(item[column] as string)?.push(item);
  for (const [key, items] of byKey) prime(key, items);
}
