import type { EntityClass } from '@mikro-orm/core';
import { getMetadataStorage } from 'type-graphql';
import { Child } from '../src/children/child.entity';
import { ChildGuardian, CompanionAssignment, Placement } from '../src/children/child-links.entities';
import { ChildNeed } from '../src/children/child-needs.entities';
import { ASSIGNMENT_READS, CHILD_GUARDIAN_READS, CHILD_READS, GUARDIAN_READS, INSTITUTION_READS, NEED_READS, PLACEMENT_READS, WORKER_READS } from '../src/children/profile-columns';
import { Guardian } from '../src/guardians/guardian.entity';
import { Institution } from '../src/institutions/institution.entity';
import type { Orm } from '../src/orm';
import { ProgressReport } from '../src/progress-reports/progress-report.entity';
import { REPORT_READS } from '../src/progress-reports/recent-progress-reports.loader';
import { buildLindungiSchema } from '../src/schema';
import { DomainEvents } from '../src/shared/events/domain-events';
import { allColumnsOf, columnsForFields, columnsName, columnsNamed, type FieldReads } from '../src/shared/selected-columns';
import { Worker } from '../src/workers/worker.entity';
import { openTestOrm } from './support/test-orm';

/**
 * The profile statement and the loaders read only the columns a selection needs, and each type's
 * `FieldReads` says what its resolvers read. A resolver left out of them makes every selection of it read
 * every column (slow, never wrong); these hold the lists to the schema as it is.
 */
let orm: Orm;
let close: () => Promise<void>;

beforeAll(async () => {
  await buildLindungiSchema(new DomainEvents().pubSub);
  ({ orm, close } = await openTestOrm());
}, 60_000);

afterAll(() => close?.());

const READS: Array<[EntityClass<object>, FieldReads]> = [
  [Child, CHILD_READS],
  [ChildGuardian, CHILD_GUARDIAN_READS],
  [Placement, PLACEMENT_READS],
  [CompanionAssignment, ASSIGNMENT_READS],
  [ChildNeed, NEED_READS],
  [Guardian, GUARDIAN_READS],
  [Institution, INSTITUTION_READS],
  [Worker, WORKER_READS],
  [ProgressReport, REPORT_READS],
];

it.each(READS)('lists what every field resolver of %p reads, and only its properties', (entity, reads) => {
  const resolved = getMetadataStorage()
    .fieldResolvers.filter((resolver) => resolver.getObjectType?.() === entity)
    .map((resolver) => resolver.schemaName);
  expect(Object.keys(reads.resolvers).sort()).toEqual([...new Set(resolved)].sort());
  const properties = orm.em.getMetadata().get(entity.name).properties as Record<string, unknown>;
  for (const property of [...reads.always, ...Object.values(reads.resolvers).flat()]) expect(properties[property]).toBeDefined();
});

it('reads the columns of plain fields and what listed resolvers read, and every column for anything else', () => {
  const em = orm.em.fork();
  expect(columnsForFields(em, Guardian, GUARDIAN_READS, ['fullName', 'phone', '__typename'])).toEqual(['id', 'full_name', 'phone']);
  expect(columnsForFields(em, Worker, WORKER_READS, ['institution'])).toEqual(['id', 'institution_id']);
  // A resolver the reads do not list, and a field that is no property: every column.
  const all = allColumnsOf(em, Guardian);
  expect(columnsForFields(em, Guardian, { always: ['id'], resolvers: {} }, ['children'])).toEqual(all);
  expect(columnsForFields(em, Guardian, GUARDIAN_READS, ['somethingNew'])).toEqual(all);
  expect(all).toContain('address');
});

it('names a set of columns in a few characters and reads the name back', () => {
  const em = orm.em.fork();
  for (const entity of [ProgressReport, Institution, ChildGuardian]) {
    const all = allColumnsOf(em, entity);
    for (const columns of [all, all.slice(0, 1), all.filter((_column, index) => index % 3 === 1)]) {
      const name = columnsName(em, entity, columns);
      expect(name).toMatch(/^[0-9a-z]+$/);
      expect(columnsNamed(em, entity, name)).toEqual(columns);
    }
  }
});
