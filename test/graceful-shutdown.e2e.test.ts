import { Client } from 'pg';
import { StaffRole } from '../src/shared/auth/roles';
import { DeactivateStaffAccountDocument, MyStaffAccountChangedDocument } from './operations/generated/graphql';
import { createStaff } from './support/factories';
import { subscribe, waitForOpenSubscriptions } from './support/subscriptions';
import { createTestApp } from './support/test-app';

it('finishes an in-flight mutation, closes WebSockets with 1001 and then refuses new connections', async () => {
  const app = await createTestApp();
  try {
    const admin = await createStaff(app, [StaffRole.ADMIN], null);
    const companion = await createStaff(app, [StaffRole.COMPANION]);
    const leaver = await createStaff(app, [StaffRole.COMPANION]);
    let closedWith: number | undefined;
    const feed = subscribe(app.webSocketClient(companion.token, (event) => (closedWith = event.code)), MyStaffAccountChangedDocument);
    await waitForOpenSubscriptions(app, 1);

    // Hold the leaver's row so the deactivation below is still running when the stop begins.
    const blocker = new Client({ connectionString: app.config.database.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select id from staff_account where id = $1 for update', [leaver.account.id]);
    const inFlight = app.request(DeactivateStaffAccountDocument, { input: { staffAccountId: leaver.account.id, reason: 'Moved to another office' } }, admin.token);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const stopped = app.server.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await blocker.query('commit');
    await blocker.end();

    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.data?.deactivateStaffAccount.active).toBe(false);
    await stopped;
    await feed.ended;
    expect(closedWith).toBe(1001);
    await expect(fetch(app.url, { method: 'POST', body: '{}' })).rejects.toThrow();
  } finally {
    await app.stop();
  }
});
