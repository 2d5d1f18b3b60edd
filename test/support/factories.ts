import { randomUUID } from 'node:crypto';
import { StaffAccountService } from '../../src/identity/staff-account.service';
import type { StaffAccount } from '../../src/identity/staff-account.entity';
import { JakartaArea, StaffRole } from '../../src/shared/auth/roles';
import { DomainEvents } from '../../src/shared/events/domain-events';
import { AccessRecorder } from '../../src/audit/access-recorder';
import { RequestLoaders } from '../../src/shared/loaders';
import { createLogger } from '../../src/shared/logger';
import type { RequestContext } from '../../src/shared/request-context';
import { uniqueEmail, type TestApp } from './test-app';

/** Acts as the operator at the command line would: the path `lindungi staff create` takes. */
export function systemContext(app: TestApp): RequestContext {
  const actor = { kind: 'SYSTEM' as const, label: 'test' };
  const requestId = randomUUID();
  return {
    em: app.orm.em.fork(),
    actor,
    logger: createLogger('silent'),
    requestId,
    events: new DomainEvents(),
    loaders: new RequestLoaders(),
    config: app.config,
    clientAddress: null,
    audit: new AccessRecorder({ actor, requestId, clientAddress: null, purpose: 'test setup' }),
  };
}

export interface StaffWithToken {
  account: StaffAccount;
  token: string;
}

/** A new staff account of the test's own, with a valid token for it. */
export async function createStaff(
  app: TestApp,
  roles: StaffRole[] = [StaffRole.SOCIAL_WORKER],
  area: JakartaArea | null = JakartaArea.JAKARTA_TIMUR,
  scope: { workerId?: string; institutionId?: string } = {},
): Promise<StaffWithToken> {
  const account = await new StaffAccountService(systemContext(app)).create({
    email: uniqueEmail(roles[0].toLowerCase()),
    displayName: `Test ${roles.join(' ')}`,
    roles,
    area,
    workerId: scope.workerId,
    institutionId: scope.institutionId,
  });
  return { account, token: await app.tokens.issue(account.id) };
}
