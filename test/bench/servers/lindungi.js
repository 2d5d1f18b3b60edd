// Lindungi in its own process, as `npm start` runs it: the compiled server in dist/ (`npm run bench`
// builds it first), configured by the environment the bench passes (NODE_ENV=production).
require('reflect-metadata');
const { loadConfig } = require('../../../dist/src/config');
const { startServer } = require('../../../dist/src/server');

startServer(loadConfig(process.env)).then(
  (server) => {
    process.stdout.write(`${JSON.stringify({ ready: server.url })}\n`);
    process.on('SIGTERM', () => {
      void server.stop().finally(() => process.exit(0));
    });
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
