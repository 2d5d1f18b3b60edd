// The bare baseline of the live feed: graphql-ws on node:http with an in-memory pub/sub and no database,
// no authentication and no authorization. POST /publish pushes one case-feed event, stamped now, to every
// subscriber (POST /publish?events=2: two at once, as Lindungi's report and its case); GET /subscribers says
// how many are listening.
const { createServer } = require('node:http');
const { createPubSub } = require('@graphql-yoga/subscription');
const { buildSchema } = require('graphql');
const { useServer } = require('graphql-ws/use/ws');
const { WebSocketServer } = require('ws');

const schema = buildSchema(`
  type CaseFeedEvent { sequence: String! kind: String! audience: String! occurredAt: String! area: String riskLevel: String reportKind: String }
  type Query { ok: Boolean }
  type Subscription { caseFeed: CaseFeedEvent! }
`);
const pubSub = createPubSub();
let subscribers = 0;
let sequence = 0;
const roots = {
  caseFeed: () => {
    subscribers += 1;
    const iterator = pubSub.subscribe('case-feed')[Symbol.asyncIterator]();
    return {
      next: () => iterator.next(),
      return: () => {
        subscribers -= 1;
        return iterator.return ? iterator.return() : Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  },
};

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url.startsWith('/publish')) {
    request.resume();
    const occurredAt = new Date().toISOString();
    const kinds = request.url === '/publish?events=2' ? ['REPORT_RECEIVED', 'CASE_OPENED'] : ['REPORT_RECEIVED'];
    for (const kind of kinds) {
      sequence += 1;
      const event = { sequence: String(sequence), kind, audience: 'CASEWORK', occurredAt, area: 'JAKARTA_TIMUR', riskLevel: null, reportKind: 'CHILD_AT_RISK' };
      pubSub.publish('case-feed', { caseFeed: event });
    }
    response.writeHead(200).end('{}');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ subscribers }));
});
const webSockets = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots: { subscription: roots } }, webSockets);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ ready: `http://127.0.0.1:${server.address().port}/graphql` })}\n`);
});
process.on('SIGTERM', () => {
  for (const socket of webSockets.clients) socket.terminate();
  server.close(() => process.exit(0));
});
