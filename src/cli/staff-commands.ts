import { Command, Option } from 'commander';
import type { AppConfig } from '../config';
import { AccessTokens } from '../identity/access-tokens';
import { StaffAccountService } from '../identity/staff-account.service';
import { JakartaArea, StaffRole } from '../shared/auth/roles';
import type { Logger } from '../shared/logger';
import { withCliSession } from './cli-session';

const roleOption = () =>
  new Option('--role <role...>', 'one or more roles').choices(Object.values(StaffRole)).makeOptionMandatory();
const areaOption = () => new Option('--area <area>', 'the area the person works in').choices(Object.values(JakartaArea));

/** `lindungi staff ...` and `lindungi token`. */
export function staffCommands(config: () => AppConfig, logger: () => Logger): Command[] {
  const staff = new Command('staff').description('manage staff accounts');

  staff
    .command('create')
    .description('create a staff account')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .addOption(roleOption())
    .addOption(areaOption())
    .option('--name <name>', 'display name (defaults to the e-mail address)')
    .option('--institution <id>', 'institution id (institution staff)')
    .option('--external-subject <sub>', "the `sub` an external identity provider (JWT_JWKS_URL) puts in this person's tokens")
    .action(async (options: { email: string; role: StaffRole[]; area?: JakartaArea; name?: string; institution?: string; externalSubject?: string }) => {
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const account = await new StaffAccountService(session.systemContext()).create({
          email: options.email,
          displayName: options.name ?? options.email,
          roles: options.role,
          area: options.area,
          institutionId: options.institution,
          externalSubject: options.externalSubject,
        });
        console.log(`Created staff account ${account.email} (${account.roles.join(', ')}) with id ${account.id}`);
      });
    });

  staff
    .command('deactivate')
    .description('switch a staff account off; its sessions and live feeds end at once')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .requiredOption('--reason <reason>', 'why, kept with the account')
    .action(async (options: { email: string; reason: string }) => {
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const service = new StaffAccountService(session.systemContext());
        const account = await service.findByEmail(options.email);
        if (!account) throw new CliError(`No staff account with e-mail ${options.email}.`);
        await service.deactivate(account.id, options.reason);
        console.log(`Deactivated staff account ${account.email}`);
      });
    });

  staff
    .command('list')
    .description('list staff accounts')
    .action(async () => {
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const service = new StaffAccountService(session.systemContext());
        let after: string | undefined;
        do {
          const page = await service.list({}, { first: 100, after });
          for (const account of page.nodes) {
            console.log([account.email, account.roles.join(','), account.area ?? '-', account.active ? 'active' : 'deactivated'].join('\t'));
          }
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
        } while (after);
      });
    });

  const token = new Command('token')
    .description('print a signed token for an active staff account, alone on the last line')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .option('--ttl <seconds>', 'lifetime in seconds, 60 to 2592000 (default TOKEN_LIFETIME_SECONDS)', (value) => {
      const seconds = Number(value);
      if (!Number.isInteger(seconds) || seconds < 60 || seconds > 30 * 24 * 3600) {
        throw new CliError('--ttl must be a whole number of seconds between 60 and 2592000');
      }
      return seconds;
    })
    .action(async (options: { email: string; ttl?: number }) => {
      await withCliSession(config(), logger(), { migrate: true }, async (session) => {
        const account = await new StaffAccountService(session.systemContext()).findByEmail(options.email);
        if (!account) throw new CliError(`No staff account with e-mail ${options.email}.`);
        if (!account.active) throw new CliError(`Staff account ${account.email} is deactivated.`);
        console.log(await new AccessTokens(config().auth).issue(account.id, options.ttl));
      });
    });

  return [staff, token];
}

/** A problem the operator can fix; printed as one line without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
