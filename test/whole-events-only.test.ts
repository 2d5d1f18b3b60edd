import { buildSchema, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { Gauge } from 'prom-client';
import { AccessRecorder } from '../src/audit/access-recorder';
import { PUBLIC_ACTOR } from '../src/shared/auth/actor';
import { SharedSubscriptions } from '../src/shared/events/shared-subscriptions';
import { wholeEventsOnly } from '../src/shared/events/whole-events-only';
import type { RequestContext } from '../src/shared/request-context';

/**
 * A live event whose nested fields failed because the database was out of reach ends the subscription with
 * that error (so the client resumes and gets the event whole) instead of going out half read.
 */
async function* feedOf(results: ExecutionResult[], ended: { returned: boolean }): AsyncGenerator<ExecutionResult> {
  try {
    yield* results;
  } finally {
    ended.returned = true;
  }
}

const lostDatabase = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

it('ends the feed with the database error at the first event it could not read whole, and ends the source', async () => {
  const ended = { returned: false };
  const partial: ExecutionResult = { data: { caseFeed: { sequence: '2', report: null } }, errors: [new GraphQLError('lost', { path: ['caseFeed', 'report'], originalError: lostDatabase() })] };
  const results = wholeEventsOnly(feedOf([{ data: { caseFeed: { sequence: '1' } } }, partial, { data: { caseFeed: { sequence: '3' } } }], ended)) as AsyncIterableIterator<ExecutionResult>;
  expect(await results.next()).toEqual({ value: { data: { caseFeed: { sequence: '1' } } }, done: false });
  await expect(results.next()).rejects.toMatchObject({ path: ['caseFeed', 'report'], originalError: { code: 'ECONNREFUSED' } });
  expect(ended.returned).toBe(true);
});

it('passes on events with other errors (a field the subscriber may not read) as they are', async () => {
  const refused: ExecutionResult = { data: { caseFeed: { sequence: '1', report: null } }, errors: [new GraphQLError('Not allowed', { path: ['caseFeed', 'report'], extensions: { code: 'FORBIDDEN' } })] };
  const results = wholeEventsOnly(feedOf([refused], { returned: false })) as AsyncIterableIterator<ExecutionResult>;
  expect(await results.next()).toEqual({ value: refused, done: false });
  expect(await results.next()).toEqual({ value: undefined, done: true });
});

it('leaves a refusal at subscribe time (no stream) as it is', () => {
  const refusal: ExecutionResult = { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] };
  expect(wholeEventsOnly(refusal)).toBe(refusal);
});

it('ends every feed of a shared execution the same way: the whole events first, then the error, and the source', async () => {
  const schema = buildSchema('type Query { ok: Boolean } type Event { sequence: String! report: String } type Subscription { caseFeed: Event! }');
  const ended = { returned: false };
  const readReport = () => {
    throw lostDatabase();
  };
  const source = async function* () {
    try {
      yield { caseFeed: { sequence: '1', report: 'R-1' } };
      yield { caseFeed: { sequence: '2', report: readReport } };
      yield { caseFeed: { sequence: '3', report: 'R-3' } };
    } finally {
      ended.returned = true;
    }
  };
  const context = () => ({ actor: PUBLIC_ACTOR, audit: new AccessRecorder({ actor: PUBLIC_ACTOR, requestId: 'test', clientAddress: null, purpose: null }) }) as unknown as RequestContext;
  const shared = new SharedSubscriptions({ caseFeed: { accessKey: () => 'everyone', ownFeedArguments: [] } }, (subscriber) => subscriber, new Gauge({ name: 'test_shared_executions', help: 'test', registers: [] }));
  const subscribeOne = () => shared.subscribe({ schema, document: parse('subscription { caseFeed { sequence report } }'), rootValue: { caseFeed: source }, contextValue: context() });
  const [first, second] = (await Promise.all([subscribeOne(), subscribeOne()])) as AsyncIterableIterator<ExecutionResult>[];
  for (const feed of [first, second]) expect(await feed.next()).toEqual({ value: { data: { caseFeed: { sequence: '1', report: 'R-1' } } }, done: false });
  for (const feed of [first, second]) await expect(feed.next()).rejects.toMatchObject({ path: ['caseFeed', 'report'], originalError: { code: 'ECONNREFUSED' } });
  expect(ended.returned).toBe(true);
});
