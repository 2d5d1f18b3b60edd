import { type EntityClass, raw } from '@mikro-orm/core';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import { getArgumentValues, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { ProgressReport } from '../progress-reports/progress-report.entity';
import { recentProgressReportsLoader } from '../progress-reports/recent-progress-reports.loader';
import { leanEntitiesFromColumns } from '../shared/lean-rows';
import type { RequestContext } from '../shared/request-context';
import { fieldsBelow, fieldsIn } from '../shared/selection';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import type { Child } from './child.entity';
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
  /** The `last` arguments of `recentProgressReports` in the query. */
  recentReports: number[];
}

/** The profile parts selected on the children found at `paths` below the resolver's field. */
export function profilePartsOf(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): ProfileParts {
  const parts = noParts();
  const childType = info.schema.getType('Child');
  for (const field of paths.flatMap((path) => fieldsBelow(info, path))) {
    const selects = (name: string) => fieldsIn(info, field.selectionSet).some((inner) => inner.name.value === name);
    switch (field.name.value) {
      case 'guardians':
        parts.guardianLinks = true;
        parts.guardians ||= selects('guardian');
        break;
      case 'placements':
      case 'currentPlacement':
        parts.placements = true;
        parts.institutions ||= selects('institution');
        break;
      case 'companionAssignments':
        parts.assignments = true;
        parts.companions ||= selects('companion');
        break;
      case 'currentCompanion':
        parts.assignments = true;
        parts.companions = true;
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
        if (typeof last === 'number' && Number.isInteger(last) && last >= 1 && last <= 24 && !parts.recentReports.includes(last)) parts.recentReports.push(last);
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
  };
}

/** Adds the parts `more` selects to `parts`. */
export function addParts(parts: ProfileParts, more: ProfileParts): void {
  for (const key of Object.keys(parts) as Array<keyof ProfileParts>) {
    if (key === 'recentReports') parts.recentReports = [...new Set([...parts.recentReports, ...more.recentReports])];
    else parts[key] ||= more[key];
  }
}

/**
 * The JSON column of each part, over the child aliased `c`; ordered as the loaders order them. Rows travel
 * as JSON: none of these tables has a bigint column (a JSON number would lose digits past 2^53), and
 * dates, numerics and enum arrays are converted back as the ORM converts them (`leanEntitiesFromColumns`).
 */
function partColumns(parts: ProfileParts): Record<string, string> {
  const columns: Record<string, string> = {};
  const list = (rows: string, order = '') => `coalesce((select json_agg(x${order ? ` order by ${order}` : ''}) from ${rows}), '[]')`;
  if (parts.guardianLinks) columns.guardian_links = list('child_guardian x where x.child_id = c.id', 'x.created_at, x.id');
  if (parts.guardians) columns.guardians = list('guardian x where x.id in (select l.guardian_id from child_guardian l where l.child_id = c.id)');
  if (parts.placements) columns.placements = list('placement x where x.child_id = c.id', 'x.started_on desc, x.id');
  if (parts.institutions) columns.institutions = list('institution x where x.id in (select p.institution_id from placement p where p.child_id = c.id)');
  if (parts.assignments) columns.assignments = list('companion_assignment x where x.child_id = c.id', 'x.started_on desc, x.id');
  if (parts.companions) columns.companions = list('worker x where x.id in (select a.companion_id from companion_assignment a where a.child_id = c.id)');
  if (parts.needs) columns.needs = list('child_need x where x.child_id = c.id', 'x.created_at, x.id');
  if (parts.measurements) columns.measurements = list('measurement x where x.child_id = c.id', 'x.measured_on desc, x.id');
  if (parts.assessments) columns.assessments = list('development_assessment x where x.child_id = c.id', 'x.assessed_on desc, x.id');
  for (const last of parts.recentReports) {
    // `last` is an integer from 1 to 24 (checked above), so it is written into the statement as is.
    columns[`recent_reports_${last}`] = list(`(select * from progress_report r where r.child_id = c.id order by r.period_start desc limit ${last}) x`, 'x.period_start desc');
  }
  return columns;
}

/** Adds the parts' JSON columns to a query of children aliased `c`. */
export function selectProfileParts(query: QueryBuilder<Child>, parts: ProfileParts): void {
  for (const [name, sql] of Object.entries(partColumns(parts))) query.addSelect(raw(`${sql} as "profile_${name}"`));
}

type Row = Record<string, unknown>;

/**
 * Takes the parts' JSON columns off each child row (so the rest maps to a Child as before) and hands
 * what they hold to the request's loaders, shaped as the loaders shape it.
 */
export function primeProfileParts(context: RequestContext, rows: Row[], parts: ProfileParts): void {
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
    const take = (name: string): unknown => {
      const value = row[`profile_${name}`];
      delete row[`profile_${name}`];
      return value;
    };
    if (parts.guardianLinks) loaders.guardianLinksByChild.prime(childId, lean(ChildGuardian, take('guardian_links')));
    if (parts.guardians) entities(Guardian, take('guardians'), (id, guardian) => loaders.guardianById.prime(id, guardian));
    if (parts.placements) loaders.placementsByChild.prime(childId, lean(Placement, take('placements')));
    if (parts.institutions) entities(Institution, take('institutions'), (id, institution) => loaders.institutionById.prime(id, institution));
    if (parts.assignments) loaders.assignmentsByChild.prime(childId, lean(CompanionAssignment, take('assignments')));
    if (parts.companions) entities(Worker, take('companions'), (id, worker) => loaders.workerById.prime(id, worker));
    if (parts.needs) loaders.needsByChild.prime(childId, lean(ChildNeed, take('needs')));
    if (parts.measurements) loaders.measurementsByChild.prime(childId, lean(Measurement, take('measurements')));
    if (parts.assessments) loaders.assessmentsByChild.prime(childId, lean(DevelopmentAssessment, take('assessments')));
    for (const last of parts.recentReports) {
      recentProgressReportsLoader(context, last).prime(childId, lean(ProgressReport, take(`recent_reports_${last}`)));
    }
  }
}
