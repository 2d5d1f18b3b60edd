// PostGraphile 4.14 over the benchmark database, in its own process (runs on Node 20 as is).
// npm hoists graphile-build-pg 4 to the top with its own copy of graphql 15 and nests postgraphile 4's copy,
// so the two would not recognise each other's types: every module of this process gets postgraphile 4's.
const Module = require('node:module');
const graphqlDirectory = require('node:path').dirname(require.resolve('graphql', { paths: [require.resolve('postgraphile4')] }));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'graphql' || request.startsWith('graphql/')) return resolveFilename.call(this, graphqlDirectory + request.slice('graphql'.length), ...rest);
  return resolveFilename.call(this, request, ...rest);
};

const { createServer } = require('node:http');
const pg = require('pg');
const { postgraphile } = require('postgraphile4');
const { makeJSONPgSmartTagsPlugin } = require(
  require.resolve('graphile-utils', {
    paths: [require.resolve('postgraphile4')],
  }),
);
const { smartTags } = require('./exposed-tables');

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX || 10),
});
let server;

async function main() {
  const middleware = postgraphile(pool, 'public', {
    appendPlugins: [makeJSONPgSmartTagsPlugin(await smartTags(pool))],
    graphqlRoute: '/graphql',
    disableQueryLog: true,
    disableDefaultMutations: true,
    ignoreRBAC: true,
    ignoreIndexes: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    extendedErrors: [],
  });
  server = createServer(middleware);
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ ready: `http://127.0.0.1:${server.address().port}/graphql` })}\n`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => {
  server?.close();
  pool.end().finally(() => process.exit(0));
});
