import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigurationError, loadConfig, loadEnvironmentFile, type AppConfig } from '../config';
import { runServer } from '../run';
import { createLogger, type Logger } from '../shared/logger';
import { DomainError } from '../shared/errors/domain-error';
import { withCliSession } from './cli-session';
import { developmentCommands } from './development-commands';
import { seedCommand } from './seed-command';
import { CliError, staffCommands } from './staff-commands';

let config: AppConfig | undefined;
let logger: Logger | undefined;
const lazyConfig = () => {
  if (!config) {
    loadEnvironmentFile();
    config = loadConfig();
  }
  return config;
};
/** Command output goes to stdout; logs go to stderr, quiet unless LOG_LEVEL says otherwise. */
const lazyLogger = () => (logger ??= createLogger(process.env.LOG_LEVEL ? lazyConfig().logLevel : 'warn', 'lindungi-cli', 2));

const program = new Command('lindungi')
  .description('Lindungi: child-protection case management for Dinas Sosial DKI Jakarta')
  .showHelpAfterError();

program
  .command('start')
  .description('start the server (embedded PostgreSQL unless DATABASE_URL is set)')
  .action(() => runServer());

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    await withCliSession(lazyConfig(), lazyLogger(), { migrate: true }, async () => undefined);
    console.log('The database is up to date');
  });

program.addCommand(seedCommand(lazyConfig, lazyLogger));
for (const command of [...staffCommands(lazyConfig, lazyLogger), ...developmentCommands(lazyConfig, lazyLogger)]) {
  program.addCommand(command);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof CliError || error instanceof DomainError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
