// PostGraphile 5 over the benchmark database, in its own process: `node --import ./polyfill.mjs postgraphile5.mjs`.
// The v4-compatible preset gives it the same field names as PostGraphile 4, so both get the same documents.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makeV4Preset } from 'postgraphile/presets/v4';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { jsonPgSmartTags } from 'postgraphile/utils';
import exposedTables from './exposed-tables.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
const preset = {
  extends: [PostGraphileAmberPreset, makeV4Preset({ disableDefaultMutations: true, ignoreRBAC: true, ignoreIndexes: true })],
  plugins: [jsonPgSmartTags(await exposedTables.smartTags(pool))],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ ready: `http://127.0.0.1:${server.address().port}/graphql` })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pgl
    .release()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
