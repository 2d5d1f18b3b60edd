import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type FieldNode, getArgumentValues, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { ProgressReport } from '../progress-reports/progress-report.entity';
import { recentProgressReportsLoader, REPORT_READS } from '../progress-reports/recent-progress-reports.loader';
import type { Actor } from '../shared/auth/actor';
import { idIsOneOfJson } from '../shared/database/prepared-statements';
import { leanEntitiesFromArrays, leanEntitiesFromColumns } from '../shared/lean-rows';
import { PairMemo } from '../shared/pair-memo';
import type { RequestContext } from '../shared/request-context';
import type { SqlCondition } from '../shared/sql-condition';
import { columnsForFields, columnsName, columnsNamed, type FieldReads, selectedFieldNames, unionOfColumns } from '../shared/selected-columns';
import { fieldsAt, fieldsBelow } from '../shared/selection';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import { childIdsInScope } from './child-scope';
import { Child } from './child.entity';
import { RegistryLoaders } from './child.loaders';
import { ASSIGNMENT_READS, CHILD_GUARDIAN_READS, CHILD_READS, GUARDIAN_READS, INSTITUTION_READS, NEED_READS, PLACEMENT_READS, WORKER_READS } from './profile-columns';

/**
 * The parts of a child's profile a query selects. They are read with the children themselves, in the
 * same statement (one JSON column per part), and handed to the request, so the field resolvers find them
 * there: a profile page is one statement, not one per kind of record. What is read is what the loaders
 * would have read (a child's own records, and the guardians, institutions and companions they point to),
 * but only the columns the query's selection needs (`profile-columns.ts`); the children were found within
 * the caller's scope by the statement itself.
 */
export interface ProfileParts {
  /** The columns read of each list (null: not read). A list's guardians, institutions or companions come in the same rows (joined). */
  guardianLinks: readonly string[] | null;
  guardians: readonly string[] | null;
  placements: readonly string[] | null;
  institutions: readonly string[] | null;
  assignments: readonly string[] | null;
  companions: readonly string[] | null;
  needs: readonly string[] | null;
  measurements: boolean;
  assessments: boolean;
  /** Each `recentProgressReports` in the query: its `last` argument and the report columns its selection needs. */
  recentReports: Array<{ last: number; columns: readonly string[] }>;
  /**
   * A level further, with the columns read of each link (null: not read): the guardians' children, the
   * institutions' current children, the companions' caseloads (each within the caller's scope).
   */
  guardianChildren: readonly string[] | null;
  institutionChildren: readonly string[] | null;
  companionCaseloads: readonly string[] | null;
}

type ColumnParts = 'guardianLinks' | 'guardians' | 'placements' | 'institutions' | 'assignments' | 'companions' | 'needs' | 'guardianChildren' | 'institutionChildren' | 'companionCaseloads';
const ENTITY_OF: Record<ColumnParts, EntityClass<object>> = {
  guardianLinks: ChildGuardian,
  guardians: Guardian,
  placements: Placement,
  institutions: Institution,
  assignments: CompanionAssignment,
  companions: Worker,
  needs: ChildNeed,
  guardianChildren: ChildGuardian,
  institutionChildren: Placement,
  companionCaseloads: CompanionAssignment,
};

/** What a field's selection asks for: the parts, but for the reports' `last`, which may come from the variables. */
interface PartsPlan {
  parts: ProfileParts;
  reports: Array<{ field: FieldNode; columns: readonly string[] }>;
}

/** Per field group (`info.fieldNodes`, the same array for every execution of a compiled query) and paths: its plan. */
const plansByFieldGroup = new PairMemo<readonly FieldNode[], string, PartsPlan>();

/** The parts selected on the children found at `paths` below the resolver's field. */
export function profilePartsOf(em: EntityManager, info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): ProfileParts {
  const plan = plansByFieldGroup.get(info.fieldNodes, JSON.stringify(paths), () => planOf(em, info, paths));
  const parts = copyOf(plan.parts);
  const childType = info.schema.getType('Child');
  const definition = isObjectType(childType) ? childType.getFields().recentProgressReports : undefined;
  for (const { field, columns } of definition ? plan.reports : []) {
    // An invalid `last` is left to the field resolver, which refuses it with BAD_USER_INPUT.
    const { last } = getArgumentValues(definition!, field, info.variableValues) as { last?: unknown };
    if (typeof last === 'number' && Number.isInteger(last) && last >= 1 && last <= 24) addReports(parts, [{ last, columns }]);
  }
  return parts;
}

/** Per field group and paths: the child's own columns its selection needs. */
const childColumnsByFieldGroup = new PairMemo<readonly FieldNode[], string, readonly string[]>();

/** The child's own columns the fields selected on the children at `paths` need (`CHILD_READS`). */
export function childColumnsOf(em: EntityManager, info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): readonly string[] {
  return childColumnsByFieldGroup.get(info.fieldNodes, JSON.stringify(paths), () => {
    const names = paths.flatMap((path) => fieldsBelow(info, path)).map((field) => field.name.value);
    return columnsForFields(em, Child, CHILD_READS, names);
  });
}

function planOf(em: EntityManager, info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): PartsPlan {
  const parts = noParts();
  const reports: PartsPlan['reports'] = [];
  /** Adds the columns `reads` gives for the fields selected in `nodes` to a part. */
  const read = (part: ColumnParts, reads: FieldReads, nodes: readonly FieldNode[]): void => {
    parts[part] = unionOfColumns(em, ENTITY_OF[part], parts[part], columnsForFields(em, ENTITY_OF[part], reads, selectedFieldNames(info, nodes)));
  };
  for (const field of paths.flatMap((path) => fieldsBelow(info, path))) {
    /** The fields the selection below this field reaches by `path` (e.g. `['guardian']`). */
    const at = (...path: string[]) => fieldsAt(info, [field], path);
    /** The links a level further, when `nodes` select `name` (a guardian's `children`...), read with the columns their selection needs. */
    const further = (part: ColumnParts, reads: FieldReads, nodes: readonly FieldNode[], name: string): void => {
      const links = fieldsAt(info, nodes, [name]);
      if (links.length) read(part, reads, links);
    };
    switch (field.name.value) {
      case 'guardians': {
        read('guardianLinks', CHILD_GUARDIAN_READS, [field]);
        const guardians = at('guardian');
        if (guardians.length) read('guardians', GUARDIAN_READS, guardians);
        further('guardianChildren', CHILD_GUARDIAN_READS, guardians, 'children');
        break;
      }
      case 'placements':
      case 'currentPlacement': {
        read('placements', PLACEMENT_READS, [field]);
        const institutions = at('institution');
        if (institutions.length) read('institutions', INSTITUTION_READS, institutions);
        further('institutionChildren', PLACEMENT_READS, institutions, 'currentPlacements');
        break;
      }
      case 'companionAssignments': {
        read('assignments', ASSIGNMENT_READS, [field]);
        const companions = at('companion');
        if (companions.length) read('companions', WORKER_READS, companions);
        further('companionCaseloads', ASSIGNMENT_READS, companions, 'caseload');
        break;
      }
      case 'currentCompanion':
        // The child's assignments (to find the current one) and the companion, whose fields are selected here.
        read('assignments', ASSIGNMENT_READS, []);
        read('companions', WORKER_READS, [field]);
        further('companionCaseloads', ASSIGNMENT_READS, [field], 'caseload');
        break;
      case 'needs':
        read('needs', NEED_READS, [field]);
        break;
      case 'measurements':
        parts.measurements = true;
        break;
      case 'developmentAssessments':
      case 'developmentRegressions':
        parts.assessments = true;
        break;
      case 'recentProgressReports':
        reports.push({ field, columns: columnsForFields(em, ProgressReport, REPORT_READS, selectedFieldNames(info, [field])) });
        break;
    }
  }
  return { parts, reports };
}

/** No part at all: the children alone. */
export function noParts(): ProfileParts {
  return {
    guardianLinks: null,
    guardians: null,
    placements: null,
    institutions: null,
    assignments: null,
    companions: null,
    needs: null,
    measurements: false,
    assessments: false,
    recentReports: [],
    guardianChildren: null,
    institutionChildren: null,
    companionCaseloads: null,
  };
}

/** A copy that later additions to `parts` leave as it is. */
export function copyOf(parts: ProfileParts): ProfileParts {
  return { ...parts, recentReports: [...parts.recentReports] };
}

/** Adds the parts `more` selects to `parts`. */
export function addParts(em: EntityManager, parts: ProfileParts, more: ProfileParts): void {
  for (const part of Object.keys(ENTITY_OF) as ColumnParts[]) {
    const columns = more[part];
    if (columns) parts[part] = unionOfColumns(em, ENTITY_OF[part], parts[part], columns);
  }
  parts.measurements ||= more.measurements;
  parts.assessments ||= more.assessments;
  addReports(parts, more.recentReports);
}

/** Adds report reads not already in `parts` (the same `last` and columns). */
function addReports(parts: ProfileParts, reads: ProfileParts['recentReports']): void {
  const keyOf = (read: { last: number; columns: readonly string[] }) => `${read.last}:${read.columns.join(',')}`;
  const known = new Set(parts.recentReports.map(keyOf));
  parts.recentReports = [...parts.recentReports, ...reads.filter((read) => !known.has(keyOf(read)))];
}

/** A child's own records of one kind, and the records they point to, as the profile statement reads them. */
export interface ListPart {
  /** The part's name in the statement's column aliases. */
  name: string;
  table: string;
  entity: EntityClass<object>;
  order: string;
  target?: { table: string; entity: EntityClass<object>; key: string };
}

export const GUARDIAN_LINKS: ListPart = { name: 'guardian_links', table: 'child_guardian', entity: ChildGuardian, order: 'x.created_at, x.id', target: { table: 'guardian', entity: Guardian, key: 'guardian_id' } };
export const PLACEMENTS: ListPart = { name: 'placements', table: 'placement', entity: Placement, order: 'x.started_on desc, x.id', target: { table: 'institution', entity: Institution, key: 'institution_id' } };
export const ASSIGNMENTS: ListPart = { name: 'assignments', table: 'companion_assignment', entity: CompanionAssignment, order: 'x.started_on desc, x.id', target: { table: 'worker', entity: Worker, key: 'companion_id' } };
export const NEEDS: ListPart = { name: 'needs', table: 'child_need', entity: ChildNeed, order: 'x.created_at, x.id' };
const LIST_PARTS = [GUARDIAN_LINKS, PLACEMENTS, ASSIGNMENTS, NEEDS];

/**
 * The child's id in the rows of its lists and reports: sent as null (the child's own row holds it once) and
 * stated again when the rows are read (`partReader`). Likewise a guardian's, institution's or companion's id,
 * which the link's key holds.
 */
const CHILD_KEY = 'child_id';

/**
 * The JSON column of each part, over the child aliased `c`; ordered as the loaders order them. The lists
 * travel as arrays of positional rows (`json_build_array`; a list's target joined into the same row), and
 * each column's alias names the columns it holds (`columnsName`), so no column name travels per row.
 * None of these tables has a bigint column (a JSON number would lose digits past 2^53), and dates,
 * numerics and enum arrays are converted back as the ORM converts them (`lean-rows.ts`).
 */
function partColumns(parts: ProfileParts, actor: Actor, em: EntityManager): Record<string, SqlCondition> {
  const columns: Record<string, SqlCondition> = {};
  const list = (rows: string, order = '') => ({ sql: `coalesce((select json_agg(x${order ? ` order by ${order}` : ''}) from ${rows}), '[]')`, params: [] });
  // An array of the rows' JSON arrays, in the order the subquery sorts them (`array(...)` keeps it), made
  // one JSON value: cheaper for PostgreSQL than `json_agg` with its own sort (0.03 ms of a page's 0.87).
  const positional = (values: string[], rows: string, order: string) => ({ sql: `to_json(array(select json_build_array(${values.join(', ')}) from ${rows} order by ${order}))`, params: [] });
  const listsRead: Array<[ListPart, readonly string[] | null, readonly string[] | null]> = [
    [GUARDIAN_LINKS, parts.guardianLinks, parts.guardians],
    [PLACEMENTS, parts.placements, parts.institutions],
    [ASSIGNMENTS, parts.assignments, parts.companions],
    [NEEDS, parts.needs, null],
  ];
  for (const [part, own, targets] of listsRead) {
    if (!own) continue;
    const values = own.map((column) => (column === CHILD_KEY ? 'null' : `x."${column}"`));
    let rows = `${part.table} x`;
    let name = `${part.name}__${columnsName(em, part.entity, own)}`;
    if (part.target && targets) {
      const targetKeyRead = own.includes(part.target.key);
      values.push(...targets.map((column) => (column === 'id' && targetKeyRead ? 'null' : `t."${column}"`)));
      rows += ` join ${part.target.table} t on t.id = x.${part.target.key}`;
      name += `__${columnsName(em, part.target.entity, targets)}`;
    }
    columns[name] = positional(values, `${rows} where x.child_id = c.id`, part.order);
  }
  if (parts.measurements) columns.measurements = list('measurement x where x.child_id = c.id', 'x.measured_on desc, x.id');
  if (parts.assessments) columns.assessments = list('development_assessment x where x.child_id = c.id', 'x.assessed_on desc, x.id');
  // `last` is an integer from 1 to 24 (checked above), so it is written into the statement as is.
  for (const { last, columns: reportColumns } of parts.recentReports) {
    const values = reportColumns.map((column) => (column === CHILD_KEY ? 'null' : `r."${column}"`));
    columns[`recent_reports_${last}__${columnsName(em, ProgressReport, reportColumns)}`] = positional(values, 'progress_report r where r.child_id = c.id', `r.period_start desc limit ${last}`);
  }
  // The links a level further: only those to children in the caller's scope, as the loaders read them.
  for (const part of FURTHER_PARTS) {
    const own = parts[part];
    if (!own) continue;
    const links: FurtherLinks<object> = FURTHER_LINKS[part];
    const scope = childIdsInScope(actor, 'x.child_id');
    const values = own.map((column) => `x."${column}"`);
    columns[`${links.name}__${columnsName(em, links.entity, own)}`] = { ...positional(values, `${links.rows} and ${scope.sql}`, links.order), params: scope.params };
  }
  return columns;
}

/**
 * The parts' JSON columns for a statement over children aliased `c`, each named `profile_<part>`; with
 * `readWhen`, read only for the rows where it holds (null for the others, which `primeProfileParts` skips).
 */
export function profilePartColumns(parts: ProfileParts, actor: Actor, em: EntityManager, readWhen?: string): SqlCondition[] {
  return Object.entries(partColumns(parts, actor, em)).map(([name, column]) => ({
    sql: `${readWhen ? `case when ${readWhen} then ${column.sql} end` : column.sql} as "profile_${name}"`,
    params: column.params,
  }));
}

/**
 * The same for children read by id, each with the parts the field that reached it asked for: a part
 * only some of them need is read for those only (null for the others), so a guardian's or an
 * institution's children, asked for with their names, do not pay for their siblings' placements.
 */
export function profilePartColumnsById(partsById: ReadonlyMap<string, ProfileParts>, actor: Actor, em: EntityManager): SqlCondition[] {
  const idsByColumn = new Map<string, { column: SqlCondition; ids: string[] }>();
  // Children reached through one field share its parts object: their columns are built once.
  const columnsByParts = new Map<ProfileParts, Record<string, SqlCondition>>();
  for (const [id, parts] of partsById) {
    let columns = columnsByParts.get(parts);
    if (!columns) {
      columns = partColumns(parts, actor, em);
      columnsByParts.set(parts, columns);
    }
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

/** Each column list as a set, for the request's held records (column lists come from `columnsNamed`, one array per list). */
const columnSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function setOf(columns: readonly string[]): ReadonlySet<string> {
  let set = columnSets.get(columns);
  if (!set) {
    set = new Set(columns);
    columnSets.set(columns, set);
  }
  return set;
}

/**
 * Hands what the parts' JSON columns of each child row hold to the request: lists read with some columns to its held records (`RegistryLoaders`
 * hands them to a field whose selection needs no more), whole rows to its loaders. A part that is null
 * on a row was not read for that child.
 */
export function primeProfileParts(context: RequestContext, rows: Row[]): void {
  if (rows.length === 0) return;
  // Every row of a statement has the same columns: what each part column holds is worked out once.
  const parts = Object.keys(rows[0])
    .filter((key) => key.startsWith('profile_'))
    .map((key) => partReader(context, key));
  const readsTargets = new Set(parts.map((part) => part.leadsFrom).filter((part) => part !== undefined));
  for (const row of rows) {
    const childId = row.id as string;
    /** The ids each list's rows point to (guardians, institutions, companions), for the lists a level further. */
    const targetIds = new Map<ListPart, string[]>();
    // The part columns stay on the row: the child's mapper reads the child's own columns only.
    for (const part of parts) {
      const value = row[part.key];
      // Null: read for other children of the statement only.
      if (value === null || part.leadsFrom) continue;
      part.hand(childId, value);
      if (part.list?.target && readsTargets.has(part.list)) {
        const keyIndex = part.ownColumns.indexOf(part.list.target.key);
        targetIds.set(part.list, [...new Set((value as unknown[][]).map((values) => values[keyIndex] as string))]);
      }
    }
    // Every guardian, institution and companion this child leads to gets its list, empty ones included.
    for (const part of parts) {
      const value = row[part.key];
      if (value !== null && part.leadsFrom) part.handEach(value as unknown[][], targetIds.get(part.leadsFrom) ?? []);
    }
  }
}

interface PartReader {
  key: string;
  /** For a list of the child's own records: the list, and the columns read of it. */
  list?: ListPart;
  ownColumns: readonly string[];
  /** For the lists a level further: the child's list whose targets they belong to. */
  leadsFrom?: ListPart;
  hand(childId: string, value: unknown): void;
  /** For the lists a level further: their positional rows of every record this child's list leads to. */
  handEach(rows: unknown[][], targetIds: readonly string[]): void;
}

/** What the part column `key` holds and where it goes. */
function partReader(context: RequestContext, key: string): PartReader {
  const { em } = context;
  const loaders = new RegistryLoaders(context);
  const lean = <Entity extends object>(entity: EntityClass<Entity>, items: unknown): Entity[] => leanEntitiesFromColumns(em, entity, items as Row[]);
  const ignore = () => undefined;
  const [name, ownName, targetName] = key.slice('profile_'.length).split('__');
  const list = LIST_PARTS.find((candidate) => candidate.name === name);
  if (list) {
    const own = columnsNamed(em, list.entity, ownName);
    const ownSet = setOf(own);
    const heldList = context.loaders.held(list.name);
    const target = list.target && targetName !== undefined ? list.target : undefined;
    const targets = target ? columnsNamed(em, target.entity, targetName) : [];
    const targetSet = setOf(targets);
    const heldTargets = target ? context.loaders.held<{ id: string }>(target.table) : undefined;
    // A target's id travels once, as the link's key (`partColumns`).
    const targetKeyAt = target && targets.includes('id') ? own.indexOf(target.key) : -1;
    return {
      key,
      list,
      ownColumns: own,
      hand: (childId, value) => {
        const positional = value as unknown[][];
        heldList.hold(childId, leanEntitiesFromArrays(em, list.entity, own, positional, 0, { column: CHILD_KEY, value: childId }), ownSet);
        if (!target || !heldTargets) return;
        const targetRecords = leanEntitiesFromArrays(em, target.entity, targets, positional, own.length) as Array<{ id: string }>;
        targetRecords.forEach((record, index) => {
          if (targetKeyAt >= 0) record.id = positional[index][targetKeyAt] as string;
          heldTargets.hold(record.id, record, targetSet);
        });
      },
      handEach: ignore,
    };
  }
  const handWhole = (hand: (childId: string, value: unknown) => void): PartReader => ({ key, ownColumns: [], hand, handEach: ignore });
  if (name.startsWith('recent_reports_')) {
    const columns = columnsNamed(em, ProgressReport, ownName);
    const loader = recentProgressReportsLoader(context, Number(name.slice('recent_reports_'.length)), columns);
    return handWhole((childId, value) => loader.prime(childId, leanEntitiesFromArrays(em, ProgressReport, columns, value as unknown[][], 0, { column: CHILD_KEY, value: childId })));
  }
  if (name === 'measurements') return handWhole((childId, value) => loaders.measurementsByChild.prime(childId, lean(Measurement, value)));
  if (name === 'assessments') return handWhole((childId, value) => loaders.assessmentsByChild.prime(childId, lean(DevelopmentAssessment, value)));
  // Links a level further, read with some columns: held by the record they lead from, each parent's list.
  const further = FURTHER_PARTS.map((part): FurtherLinks<object> => FURTHER_LINKS[part]).find((links) => links.name === name);
  if (further) {
    const columns = columnsNamed(em, further.entity, ownName);
    const columnSet = setOf(columns);
    const held = context.loaders.held<object[]>(further.held);
    return {
      key,
      ownColumns: [],
      leadsFrom: further.leadsFrom,
      hand: ignore,
      handEach: (rows, targetIds) => primeByKey(leanEntitiesFromArrays(em, further.entity, columns, rows), further.parentOf, targetIds, (id, links) => held.hold(id, links, columnSet)),
    };
  }
  throw new Error(`the profile statement has a column no part reads: ${key}`);
}

/** Hands each of `keys` the records whose `keyOf` is that key, in their order (none: an empty list). */
function primeByKey<Value>(records: Value[], keyOf: (record: Value) => string, keys: readonly string[], prime: (key: string, records: Value[]) => void): void {
  const byKey = new Map<string, Value[]>(keys.map((key) => [key, []]));
  for (const record of records) byKey.get(keyOf(record))?.push(record);
  for (const [key, items] of byKey) prime(key, items);
}

/** A list a level further: how the profile statement reads it, where the request holds it, the record each link leads from. */
interface FurtherLinks<Link extends object> {
  /** The part's name in the statement's column aliases. */
  name: string;
  /** The child's list whose targets (guardians, institutions, companions) these links lead from. */
  leadsFrom: ListPart;
  /** The links of those targets, over the child aliased `c`, and their order (as the loaders order them). */
  rows: string;
  order: string;
  /** The name of the request's held records (`RequestLoaders.held`), by the id of the record they lead from. */
  held: string;
  entity: EntityClass<Link>;
  /** (A method: a list of one kind of link is read as a list of any, `FurtherLinks<object>`.) */
  parentOf(link: Link): string;
}

type FurtherPart = 'guardianChildren' | 'institutionChildren' | 'companionCaseloads';
const FURTHER_PARTS: readonly FurtherPart[] = ['guardianChildren', 'institutionChildren', 'companionCaseloads'];

export const FURTHER_LINKS: { guardianChildren: FurtherLinks<ChildGuardian>; institutionChildren: FurtherLinks<Placement>; companionCaseloads: FurtherLinks<CompanionAssignment> } = {
  guardianChildren: {
    name: 'guardian_children',
    leadsFrom: GUARDIAN_LINKS,
    rows: 'child_guardian x where x.guardian_id in (select l.guardian_id from child_guardian l where l.child_id = c.id)',
    order: 'x.created_at, x.id',
    held: 'guardian-children',
    entity: ChildGuardian,
    parentOf: (link: ChildGuardian) => link.guardian.id,
  },
  institutionChildren: {
    name: 'institution_children',
    leadsFrom: PLACEMENTS,
    rows: 'placement x where x.ended_on is null and x.institution_id in (select p.institution_id from placement p where p.child_id = c.id)',
    order: 'x.started_on, x.id',
    held: 'institution-current-placements',
    entity: Placement,
    parentOf: (placement: Placement) => placement.institution.id,
  },
  companionCaseloads: {
    name: 'companion_caseloads',
    leadsFrom: ASSIGNMENTS,
    rows: 'companion_assignment x where x.ended_on is null and x.companion_id in (select a.companion_id from companion_assignment a where a.child_id = c.id)',
    order: 'x.started_on, x.id',
    held: 'companion-caseloads',
    entity: CompanionAssignment,
    parentOf: (assignment: CompanionAssignment) => assignment.companion.id,
  },
};
