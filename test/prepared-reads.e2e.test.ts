import { StaffRole } from '../src/shared/auth/roles';
import { ChildWithNikDocument } from './operations/generated/graphql';
import { createStaff } from './support/factories';
import { createChild, JakartaArea } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The hot reads (the account behind a token, children with their profiles) are prepared statements,
 * kept per connection. A migration that changes the columns of a table they read must not break them
 * for the life of the connections that prepared them.
 */
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(() => app.stop());

it('keeps answering reads prepared before a migration changed the columns of the tables they read', async () => {
  const supervisor = await createStaff(app, [StaffRole.SUPERVISOR], JakartaArea.JAKARTA_UTARA);
  const child = await createChild(app, { fullName: 'Sari Wulandari', area: JakartaArea.JAKARTA_UTARA, nik: '3172014506180002', dateOfBirth: '2018-06-05' });
  const read = () => app.request(ChildWithNikDocument, { id: child.id }, supervisor.token);
  const expected = { child: { id: child.id, fullName: 'Sari Wulandari', nik: '3172014506180002' } };
  // Several times, so every pooled connection that serves them has them prepared.
  for (let index = 0; index < 6; index += 1) expect((await read()).data).toEqual(expected);
  const connection = app.orm.em.getConnection();
  await connection.execute('alter table child add column prepared_reads_probe text');
  await connection.execute('alter table staff_account add column prepared_reads_probe text');
  try {
    for (let index = 0; index < 6; index += 1) {
      const answer = await read();
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected);
    }
  } finally {
    await connection.execute('alter table child drop column prepared_reads_probe');
    await connection.execute('alter table staff_account drop column prepared_reads_probe');
  }
  expect((await read()).data).toEqual(expected);
});
