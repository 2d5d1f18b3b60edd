import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SUBJECT_IDS_INDEX } from '../src/audit/audit-entry.entity';
import { PendingIndexCleanup } from '../src/audit/pending-index-cleanup';
import { insertReadLines, type ReadLineGroup } from '../src/audit/read-lines';
import type { Orm } from '../src/orm';
import { createLogger } from '../src/shared/logger';
import { openTestOrm } from './support/test-orm';

/**
 * The audit entries' record ids go into GIN's pending list; the merge into the index runs off the
 * requests' path every so many ids, so no insert grows the list to the point of merging it itself.
 */
let orm: Orm;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ orm, close } = await openTestOrm());
  await orm.em.getConnection().execute('create extension if not exists pageinspect');
}, 60_000);

afterAll(() => close?.());

/** Entries whose ids wait in the pending list (pageinspect reads the index's metapage). */
const pendingEntries = async (): Promise<number> => {
  const [row] = await orm.em
    .getConnection()
    .execute<Array<{ pending: string }>>(`select n_pending_tuples as pending from gin_metapage_info(get_raw_page(?, 0))`, [SUBJECT_IDS_INDEX]);
  return Number(row.pending);
};

const entry = (ids: number): ReadLineGroup => ({
  operation: 'Child',
  actor_kind: 'STAFF',
  staff_account_id: null,
  roles: ['SUPERVISOR'],
  subject_type: 'Child',
  fields: ['fullName'],
  purpose: null,
  request_id: `pending-${randomUUID()}`,
  client_address: null,
  subject_ids: Array.from({ length: ids }, () => randomUUID()),
});

it('merges the pending ids into the index every so many ids, and the entries stay findable', async () => {
  const em = orm.em.fork() as EntityManager;
  const cleanup = new PendingIndexCleanup(() => em.getConnection().execute(`select gin_clean_pending_list('${SUBJECT_IDS_INDEX}'::regclass)`), 500);
  const logger = createLogger('silent');
  await cleanup.settled();
  const before = await pendingEntries();
  // 400 ids: below the threshold, their entry waits in the pending list.
  const first = entry(400);
  await insertReadLines(em, [first], {});
  cleanup.written(400, logger);
  await cleanup.settled();
  expect(await pendingEntries()).toBe(before + 1);
  // 200 more pass 500: the merge empties the list.
  const second = entry(200);
  await insertReadLines(em, [second], {});
  cleanup.written(200, logger);
  await cleanup.settled();
  expect(await pendingEntries()).toBe(0);
  // Merged ids are found through the index as before.
  const [found] = await em
    .getConnection()
    .execute<Array<{ entries: string }>>('select count(*) as entries from audit_entry where subject_ids @> array[?]::uuid[] or subject_ids @> array[?]::uuid[]', [first.subject_ids[7], second.subject_ids[3]]);
  expect(Number(found.entries)).toBe(2);
});

