import { GraphQLError, type ExecutionResult } from 'graphql';
import { wholeEventsOnly } from '../src/shared/events/whole-events-only';

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
