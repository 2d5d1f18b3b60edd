import type { ExecutionResult, GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

type Results = AsyncIterableIterator<ExecutionResult>;

/** A subscription's stream of results, as opposed to the one result of a refusal at subscribe time. */
export function isAsyncIterable(value: unknown): value is Results {
  return typeof (value as Partial<AsyncIterable<unknown>> | null)?.[Symbol.asyncIterator] === 'function';
}

/**
 * A live event whose fields could not all be read because the database went out of reach is not sent half
 * read (the event with `report: null` and an error, after which the feed moved on and the client never got
 * the report). The subscription ends with that error instead, which reaches the client as a retryable
 * SERVICE_UNAVAILABLE: it resubscribes after the last event it received and gets this one whole.
 */
export function wholeEventsOnly(subscription: Results | ExecutionResult): Results | ExecutionResult {
  if (!isAsyncIterable(subscription)) return subscription;
  const results = subscription[Symbol.asyncIterator]();
  const ended = (): Promise<IteratorResult<ExecutionResult>> => Promise.resolve({ value: undefined, done: true });
  const whole: Results = {
    async next() {
      const next = await results.next();
      const lost = next.done ? undefined : databaseLostIn(next.value);
      if (!lost) return next;
      await results.return?.();
      throw lost;
    },
    return: () => results.return?.() ?? ended(),
    throw: (error: unknown) => results.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]: () => whole,
  };
  return whole;
}

/** The error that kept an event from being read whole because the database went out of reach, if any. */
export function databaseLostIn(result: ExecutionResult): GraphQLError | undefined {
  return result.errors?.find((error) => isDatabaseUnavailable(error));
}
