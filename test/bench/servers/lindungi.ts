// Lindungi in its own process, configured by the environment the bench passes (NODE_ENV=production).
import 'reflect-metadata';
import { loadConfig } from '../../../src/config';
import { startServer } from '../../../src/server';

async function main(): Promise<void> {
  const server = await startServer(loadConfig(process.env));
  process.stdout.write(`${JSON.stringify({ ready: server.url })}\n`);
  process.on('SIGTERM', () => {
    void server.stop().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
