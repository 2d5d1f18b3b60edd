import type { EntityClass, EntityName, FilterQuery } from '@mikro-orm/core';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Guardian } from '../guardians/guardian.entity';
import { Institution } from '../institutions/institution.entity';
import { leanRows } from '../shared/lean-rows';
import { groupByKeys, pickByKeys, type RequestLoader, type RequestLoaders, whenReady } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { Worker } from '../workers/worker.entity';
import { ChildGuardian, CompanionAssignment, Placement } from './child-links.entities';
import { ChildNeed, DevelopmentAssessment, Measurement } from './child-needs.entities';
import { alwaysReadColumns, columnsForSelection, type FieldReads, unionOfColumns } from '../shared/selected-columns';
import { addParts, ASSIGNMENTS, childColumnsOf, copyOf, FURTHER_LINKS, GUARDIAN_LINKS, NEEDS, noParts, PLACEMENTS, type ProfileParts, profilePartsOf } from './child-profile.prefetch';
import { ASSIGNMENT_READS, CHILD_GUARDIAN_READS, GUARDIAN_READS, INSTITUTION_READS, NEED_READS, PLACEMENT_READS, WORKER_READS } from './profile-columns';
import { childIdsInScope } from './child-scope';
import { Child } from './child.entity';
import { ChildQueries } from './child.queries';

/**
 * Per request (its loaders): the profile parts the fields reaching each child by id asked for, and the
 * parts each of those field groups (`info.fieldNodes`, one array for every parent row) asks for: a field
 * is resolved once per parent row, and its selection says the same each time.
 */
const wantedPartsOf = new WeakMap<RequestLoaders, WantedParts>();

interface WantedParts {
  partsById: Map<string, ProfileParts>;
  partsOfField: WeakMap<readonly FieldNode[], ProfileParts>;
  /** The child's own columns the fields reaching each child by id asked for so far (the union of theirs). */
  columnsById: Map<string, readonly string[]>;
  /** The child's own columns each child was read with (`childForField`). */
  readColumnsById: Map<string, readonly string[]>;
}

/** Whether a record read with `read` has every one of `needed`. */
function hasColumns(read: readonly string[] | null | undefined, needed: readonly string[]): boolean {
  return !!read && (read === needed || needed.every((column) => read.includes(column)));
}

interface WithChild {
  child: { id: string };
}

/**
 * The registry's DataLoaders for one request. Each loads one kind of record for every parent in the
 * request in one statement, so a profile query costs the same number of statements for 1 child or 100.
 * Everything that leads to a child goes through `childById` or a scoped query, never around the scope.
 */
export class RegistryLoaders {
  constructor(private readonly context: RequestContext) {}

  /**
   * Children by id, whole and read-only, within the caller's scope. The parts of their profiles that the
   * fields leading to them asked for (`childFor`) come in the same statement.
   */
  get childById(): RequestLoader<string, Child | null> {
    return this.context.loaders.get('child-by-id', async (ids: readonly string[]) => {
      return pickByKeys(ids, await new ChildQueries(this.context).readByIds(ids, this.partsAskedFor(ids)), (child) => child.id);
    });
  }

  /**
   * Children by id for the fields of `childFor`: with the child's own columns those fields asked for (their
   * union over the children of one statement), not every column. Kept apart from `childById`, whose
   * callers take a child whole.
   */
  private get childForField(): RequestLoader<string, Child | null> {
    return this.context.loaders.get('child-for-field', async (ids: readonly string[]) => {
      const { columnsById, readColumnsById } = this.wanted;
      // A batch is never empty: the union is some child's columns at least.
      const columns = ids.reduce<readonly string[] | null>((union, id) => {
        const wanted = columnsById.get(id)!;
        return hasColumns(union, wanted) ? union : unionOfColumns(this.context.em, Child, union, wanted);
      }, null)!;
      for (const id of ids) readColumnsById.set(id, columns);
      return pickByKeys(ids, await new ChildQueries(this.context).readByIds(ids, this.partsAskedFor(ids), columns), (child) => child.id);
    });
  }

  /**
   * The parts as asked for now (more may be asked for while the statement runs: they come next time).
   * A child's parts are never changed once asked for (`childFor` replaces them), so they are passed as they are.
   */
  private partsAskedFor(ids: readonly string[]): Map<string, ProfileParts> {
    const { partsById } = this.wanted;
    const none = noParts();
    return new Map(ids.map((id) => [id, partsById.get(id) ?? none]));
  }

  /**
   * A child by id, for a field whose selection (`info`) says which parts of the profile, and which of the
   * child's own columns, to read with it. A child read earlier in the request without a column this field
   * needs is read again, whole.
   */
  childFor(id: string, info: GraphQLResolveInfo): Child | null | Promise<Child | null> {
    const { em } = this.context;
    const { partsById, partsOfField, columnsById, readColumnsById } = this.wanted;
    let parts = partsOfField.get(info.fieldNodes);
    if (!parts) {
      parts = profilePartsOf(em, info, [[]]);
      partsOfField.set(info.fieldNodes, parts);
    }
    // Most children are reached by one field: they share its parts. A second field's parts make a new
    // object for that child, so no object already handed to a statement changes.
    const wanted = partsById.get(id);
    if (wanted === undefined) partsById.set(id, parts);
    else if (wanted !== parts) {
      const merged = copyOf(wanted);
      addParts(em, merged, parts);
      partsById.set(id, merged);
    }
    const columns = childColumnsOf(em, info, [[]]);
    const wantedColumns = columnsById.get(id);
    if (wantedColumns === undefined) columnsById.set(id, columns);
    else if (!hasColumns(wantedColumns, columns)) columnsById.set(id, unionOfColumns(em, Child, wantedColumns, columns));
    // Asked for while its statement ran, or after: the child may lack a column this field needs.
    return whenReady(this.childForField.loadNow(id), (child) => (child === null || hasColumns(readColumnsById.get(id), columns) ? child : this.childById.loadNow(id)));
  }

  /** The parts and columns asked for so far in this request, per child read by id. */
  private get wanted(): WantedParts {
    let wanted = wantedPartsOf.get(this.context.loaders);
    if (!wanted) {
      wanted = { partsById: new Map(), partsOfField: new WeakMap(), columnsById: new Map(), readColumnsById: new Map() };
      wantedPartsOf.set(this.context.loaders, wanted);
    }
    return wanted;
  }

  /**
   * A child's guardian links, placements, companion assignments and needs, with at least the columns the
   * field's selection (`info`) needs: as the profile statement read them when it read those, otherwise
   * whole from the loader. The same for the guardian, institution or companion a link points to.
   */
  guardianLinksFor(childId: string, info: GraphQLResolveInfo): ChildGuardian[] | Promise<ChildGuardian[]> {
    return this.heldOr(GUARDIAN_LINKS.name, childId, this.columns(info, ChildGuardian, CHILD_GUARDIAN_READS), () => this.guardianLinksByChild.loadNow(childId));
  }

  placementsFor(childId: string, info: GraphQLResolveInfo): Placement[] | Promise<Placement[]> {
    return this.heldOr(PLACEMENTS.name, childId, this.columns(info, Placement, PLACEMENT_READS), () => this.placementsByChild.loadNow(childId));
  }

  /** With `info`, the columns its selection of assignments needs; without, those any assignment is read with (to find the current one). */
  assignmentsFor(childId: string, info?: GraphQLResolveInfo): CompanionAssignment[] | Promise<CompanionAssignment[]> {
    const columns = info ? this.columns(info, CompanionAssignment, ASSIGNMENT_READS) : alwaysReadColumns(this.context.em, CompanionAssignment, ASSIGNMENT_READS);
    return this.heldOr(ASSIGNMENTS.name, childId, columns, () => this.assignmentsByChild.loadNow(childId));
  }

  needsFor(childId: string, info: GraphQLResolveInfo): ChildNeed[] | Promise<ChildNeed[]> {
    return this.heldOr(NEEDS.name, childId, this.columns(info, ChildNeed, NEED_READS), () => this.needsByChild.loadNow(childId));
  }

  guardianFor(id: string, info: GraphQLResolveInfo): Guardian | null | Promise<Guardian | null> {
    return this.heldOr(GUARDIAN_LINKS.target!.table, id, this.columns(info, Guardian, GUARDIAN_READS), () => this.guardianById.loadNow(id));
  }

  institutionFor(id: string, info: GraphQLResolveInfo): Institution | null | Promise<Institution | null> {
    return this.heldOr(PLACEMENTS.target!.table, id, this.columns(info, Institution, INSTITUTION_READS), () => this.institutionById.loadNow(id));
  }

  workerFor(id: string, info: GraphQLResolveInfo): Worker | null | Promise<Worker | null> {
    return this.heldOr(ASSIGNMENTS.target!.table, id, this.columns(info, Worker, WORKER_READS), () => this.workerById.loadNow(id));
  }

  /**
   * A guardian's links to the children the caller may see, an institution's current placements, a
   * companion's caseload: as the profile statement read them a level further when it read those with the
   * columns the field's selection (`info`) needs, otherwise whole from the loader.
   */
  guardianChildrenFor(guardianId: string, info: GraphQLResolveInfo): ChildGuardian[] | Promise<ChildGuardian[]> {
    return this.heldOr(FURTHER_LINKS.guardianChildren.held, guardianId, this.columns(info, ChildGuardian, CHILD_GUARDIAN_READS), () => this.guardianLinksByGuardian.loadNow(guardianId));
  }

  institutionChildrenFor(institutionId: string, info: GraphQLResolveInfo): Placement[] | Promise<Placement[]> {
    return this.heldOr(FURTHER_LINKS.institutionChildren.held, institutionId, this.columns(info, Placement, PLACEMENT_READS), () => this.currentPlacementsByInstitution.loadNow(institutionId));
  }

  caseloadFor(companionId: string, info: GraphQLResolveInfo): CompanionAssignment[] | Promise<CompanionAssignment[]> {
    return this.heldOr(FURTHER_LINKS.companionCaseloads.held, companionId, this.columns(info, CompanionAssignment, ASSIGNMENT_READS), () => this.currentAssignmentsByCompanion.loadNow(companionId));
  }

  private columns(info: GraphQLResolveInfo, entity: EntityClass<object>, reads: FieldReads): readonly string[] {
    return columnsForSelection(this.context.em, info, entity, reads);
  }

  private heldOr<Value>(name: string, key: string, columns: readonly string[], load: () => Value | Promise<Value>): Value | Promise<Value> {
    return this.context.loaders.held<Value>(name).get(key, columns) ?? load();
  }

  get guardianById(): RequestLoader<string, Guardian | null> {
    return this.byId('guardian-by-id', Guardian);
  }

  get institutionById(): RequestLoader<string, Institution | null> {
    return this.byId('institution-by-id', Institution);
  }

  get workerById(): RequestLoader<string, Worker | null> {
    return this.byId('worker-by-id', Worker);
  }

  get guardianLinksByChild(): RequestLoader<string, ChildGuardian[]> {
    return this.byChild('guardian-links-by-child', ChildGuardian, { createdAt: 'asc' });
  }

  get placementsByChild(): RequestLoader<string, Placement[]> {
    return this.byChild('placements-by-child', Placement, { startedOn: 'desc' });
  }

  get assignmentsByChild(): RequestLoader<string, CompanionAssignment[]> {
    return this.byChild('assignments-by-child', CompanionAssignment, { startedOn: 'desc' });
  }

  get needsByChild(): RequestLoader<string, ChildNeed[]> {
    return this.byChild('needs-by-child', ChildNeed, { createdAt: 'asc' });
  }

  get measurementsByChild(): RequestLoader<string, Measurement[]> {
    return this.byChild('measurements-by-child', Measurement, { measuredOn: 'desc' });
  }

  get assessmentsByChild(): RequestLoader<string, DevelopmentAssessment[]> {
    return this.byChild('assessments-by-child', DevelopmentAssessment, { assessedOn: 'desc' });
  }

  /** A guardian's ties to the children the caller may see (their other children stay hidden otherwise). */
  get guardianLinksByGuardian(): RequestLoader<string, ChildGuardian[]> {
    return this.inScopeByParent('guardian-links-by-guardian', ChildGuardian, 'guardian', false, { createdAt: 'asc' });
  }

  /** Children placed in each institution now, within the caller's scope. */
  get currentPlacementsByInstitution(): RequestLoader<string, Placement[]> {
    return this.inScopeByParent('current-placements-by-institution', Placement, 'institution', true, { startedOn: 'asc' });
  }

  /** Each companion's caseload now, within the caller's scope. */
  get currentAssignmentsByCompanion(): RequestLoader<string, CompanionAssignment[]> {
    return this.inScopeByParent('current-assignments-by-companion', CompanionAssignment, 'companion', true, { startedOn: 'asc' });
  }

  /**
   * Links from parent records (a guardian, an institution, a companion) to children, for each parent in
   * one statement: only links to children in the caller's scope, and with `currentOnly` those not ended.
   * Ties in `orderBy` are broken by id, as the profile prefetch orders the same lists.
   */
  private inScopeByParent<Entity extends WithChild & { id: string }, Parent extends string & keyof Entity>(
    name: string,
    entity: EntityName<Entity>,
    parent: Parent,
    currentOnly: boolean,
    orderBy: Record<string, 'asc' | 'desc'>,
  ): RequestLoader<string, Entity[]> {
    return this.context.loaders.get(name, async (parentIds: readonly string[]) => {
      const scope = childIdsInScope(this.context.actor, 'link.child_id');
      const query = this.context.em
        .createQueryBuilder(entity, 'link')
        .select('*')
        .where({ [parent]: { $in: [...parentIds] }, ...(currentOnly ? { endedOn: null } : {}) } as unknown as FilterQuery<Entity>)
        .andWhere(scope.sql, scope.params)
        .orderBy({ ...orderBy, id: 'asc' } as never);
      return groupByKeys(parentIds, await leanRows(this.context.em, query), (link) => (link[parent] as { id: string }).id);
    });
  }

  private byId<Entity extends { id: string }>(name: string, entity: EntityName<Entity>): RequestLoader<string, Entity | null> {
    return this.context.loaders.get(name, async (ids: readonly string[]) =>
      pickByKeys(ids, await leanRows(this.context.em, this.context.em.createQueryBuilder(entity).select('*').where({ id: { $in: [...ids] } } as unknown as FilterQuery<Entity>)), (row) => row.id),
    );
  }

  /**
   * Rows of a child's own records, read lean (src/shared/lean-rows.ts); the child was already found within scope.
   */
  private byChild<Entity extends WithChild>(name: string, entity: EntityName<Entity>, orderBy: Record<string, 'asc' | 'desc'>) {
    return this.context.loaders.get(name, async (childIds: readonly string[]) => {
      const query = this.context.em
        .createQueryBuilder(entity)
        .select('*')
        .where({ child: { $in: [...childIds] } } as unknown as FilterQuery<Entity>)
        .orderBy({ ...orderBy, id: 'asc' } as never);
      return groupByKeys(childIds, await leanRows(this.context.em, query), (row) => row.child.id);
    });
  }
}
