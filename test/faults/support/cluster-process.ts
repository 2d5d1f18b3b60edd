import { startEmbeddedCluster } from '../../../src/shared/database/embedded-postgres';
import { createLogger } from '../../../src/shared/logger';

/**
 * Runs one embedded PostgreSQL cluster for a fault test, in a process of its own: embedded-postgres is
 * ESM-only and jest's sandbox refuses native import(). Prints `{"url": ...}` once the cluster answers and
 * stops it (fast shutdown) when its standard input closes, so it also stops if the test process dies.
 * Usage: node -r ts-node/register/transpile-only cluster-process.ts <data directory> <port>
 */
async function main(): Promise<void> {
  const [dataDirectory, port] = process.argv.slice(2);
  const cluster = await startEmbeddedCluster({ dataDirectory, port: Number(port), stopAdoptedCluster: true }, createLogger('warn'));
  process.stdout.write(`${JSON.stringify({ url: cluster.url })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    cluster.release().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
