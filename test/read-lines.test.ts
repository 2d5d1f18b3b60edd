import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessRecorder } from '../src/audit/access-recorder';
import { insertReadLines, type ReadLineGroup } from '../src/audit/read-lines';
import type { Orm } from '../src/orm';
import { openTestOrm } from './support/test-orm';

/**
 * Read lines go to PostgreSQL as one JSON parameter, unpacked there into entries: whatever a caller writes
 * into the free-text purpose or a client sends as its address must arrive in the audit log exactly as
 * given, one entry per group of records read alike, with their ids in the order read.
 */
let orm: Orm;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ orm, close } = await openTestOrm());
}, 60_000);

afterAll(() => close?.());

it('writes every line as given, awkward text included, one entry per group with its records in order', async () => {
  const requestId = `read-lines-${randomUUID()}`;
  const line = (purpose: string | null, clientAddress: string | null, subjectIds: string[], fields: string[]): ReadLineGroup => ({
    operation: 'Child',
    actor_kind: 'STAFF',
    staff_account_id: null,
    roles: ['SUPERVISOR', 'CASE_WORKER'],
    subject_type: 'Child',
    fields,
    purpose,
    request_id: requestId,
    client_address: clientAddress,
    subject_ids: subjectIds,
  });
  const first = [randomUUID(), randomUUID(), randomUUID()];
  const second = [randomUUID()];
  const awkward = 'Kunjungan "darurat", {segera} \\ cek, NULL; \'kutip\' — anak 🙂';
  await insertReadLines(orm.em.fork() as EntityManager, [line(awkward, '10.0.0.1', first, ['fullName', 'guardians']), line(null, null, second, ['id'])], {});
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Array<Record<string, unknown>>>('select subject_ids, roles, fields, purpose, client_address, staff_account_id, outcome from audit_entry where request_id = ? order by sequence', [requestId]);
  expect(rows).toEqual([
    { subject_ids: first, roles: ['SUPERVISOR', 'CASE_WORKER'], fields: ['fullName', 'guardians'], purpose: awkward, client_address: '10.0.0.1', staff_account_id: null, outcome: 'OK' },
    { subject_ids: second, roles: ['SUPERVISOR', 'CASE_WORKER'], fields: ['id'], purpose: null, client_address: null, staff_account_id: null, outcome: 'OK' },
  ]);
});

describe("a request's reads as lines", () => {
  const recorder = () => new AccessRecorder({ actor: { kind: 'SYSTEM', label: 'test' }, requestId: 'lines', clientAddress: null, purpose: null });
  const child = (id: string) => ({ id });

  it('groups records read alike, whatever order their fields were resolved in, keeping the order they were read', () => {
    const access = recorder();
    const [first, second, third, fourth] = ['c-1', 'c-2', 'c-3', 'c-4'].map(child);
    for (const field of ['id', 'fullName']) access.noteField('Child', field, first);
    for (const field of ['fullName', 'id']) access.noteField('Child', field, second);
    for (const field of ['id', 'fullName']) access.noteField('Child', field, third);
    access.noteField('Child', 'id', fourth);
    access.noteField('Guardian', 'phone', { id: 'g-1' });

    const lines = access.takeReadLines();
    expect(lines.map((line) => [line.subject_type, line.fields, line.subject_ids])).toEqual([
      ['Child', ['fullName', 'id'], ['c-1', 'c-2', 'c-3']],
      ['Child', ['id'], ['c-4']],
      ['Guardian', ['phone'], ['g-1']],
    ]);
    expect(access.takeReadLines()).toEqual([]);
  });

  it('groups records read alike in one line, their fields sorted once', () => {
    const access = recorder();
    for (const id of ['c-1', 'c-2', 'c-3']) for (const field of ['riskLevel', 'area', 'id']) access.noteField('Child', field, child(id));
    expect(access.takeReadLines().map((line) => [line.fields, line.subject_ids])).toEqual([[['area', 'id', 'riskLevel'], ['c-1', 'c-2', 'c-3']]]);
  });
});
