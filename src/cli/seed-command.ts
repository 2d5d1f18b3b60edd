import { Command } from 'commander';
import type { AppConfig } from '../config';
import { StaffAccountService } from '../identity/staff-account.service';
import { JakartaArea, StaffRole } from '../shared/auth/roles';
import type { Logger } from '../shared/logger';
import { withCliSession } from './cli-session';
import { CliError } from './staff-commands';

/** One account per role, for local trials; their addresses say what they are. */
export const SEED_STAFF = Object.values(StaffRole).map((role) => ({
  email: `${role.toLowerCase().replace(/_/g, '.')}@lindungi.local`,
  displayName: `Demo ${role.toLowerCase().replace(/_/g, ' ')}`,
  roles: [role],
  area: role === StaffRole.ADMIN || role === StaffRole.AUDITOR ? null : JakartaArea.JAKARTA_TIMUR,
}));

/**
 * `lindungi seed`: fills a database for trials. Today it creates one staff account per role (skipping those
 * that exist); the registry adds the Jakarta dataset of children, guardians and institutions.
 */
export function seedCommand(config: () => AppConfig, logger: () => Logger): Command {
  return new Command('seed')
    .description('create one staff account per role for local trials (existing ones are kept)')
    .action(async () => {
      if (config().environment === 'production') throw new CliError('lindungi seed creates demonstration accounts and refuses to run in production.');
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const service = new StaffAccountService(session.systemContext());
        for (const details of SEED_STAFF) {
          const existing = await service.findByEmail(details.email);
          const account = existing ?? (await service.create(details));
          console.log(`${existing ? 'kept   ' : 'created'} ${account.email} (${account.roles.join(', ')})`);
        }
        console.log('Get a token with: npm run cli -- token --email <address>');
      });
    });
}
