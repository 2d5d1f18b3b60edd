import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult } from 'graphql';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import type { TestApp } from './test-app';

export interface Subscription<Data> {
  results: Array<ExecutionResult<Data>>;
  /** Resolves with the result number `count` (1-based) once it has arrived. */
  nth(count: number, timeoutMs?: number): Promise<ExecutionResult<Data>>;
  /** Resolves when the server completes or errors the subscription. */
  ended: Promise<{ error?: unknown }>;
  /** Ends this subscription (the client sends `complete`); the socket stays open. */
  unsubscribe(): void;
}

/** Subscribes with a real graphql-ws client and records every result. */
export function subscribe<Data, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
): Subscription<Data> {
  const results: Array<ExecutionResult<Data>> = [];
  const waiters: Array<() => void> = [];
  let settle!: (value: { error?: unknown }) => void;
  const ended = new Promise<{ error?: unknown }>((resolve) => (settle = resolve));
  const unsubscribe = client.subscribe<Data>(
    { query: print(document), variables },
    {
      next: (result) => {
        results.push(result as ExecutionResult<Data>);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => settle({ error }),
      complete: () => settle({}),
    },
  );
  return {
    results,
    ended,
    unsubscribe,
    nth: (count, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${results.length} of ${count} results arrived`)), timeoutMs);
        const check = () => {
          if (results.length >= count) {
            clearTimeout(timer);
            resolve(results[count - 1]);
          } else waiters.push(check);
        };
        check();
      }),
  };
}

/**
 * Waits until the server reports `count` open subscriptions (its /metrics gauge): only then is a
 * subscription listening, so an event sent earlier could be missed. With 'at most', waits until no more
 * than `count` are open (the server has ended the others).
 */
export async function waitForOpenSubscriptions(app: Pick<TestApp, 'url'>, count: number, bound: 'at least' | 'at most' = 'at least', timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await openSubscriptionCount(app);
    if (bound === 'at least' ? value >= count : value <= count) return;
    if (Date.now() > deadline) throw new Error(`the server reports ${value} open subscriptions, expected ${bound} ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How many subscriptions the server reports open now (its /metrics gauge). */
export async function openSubscriptionCount(app: Pick<TestApp, 'url'>): Promise<number> {
  const text = await (await fetch(new URL('/metrics', app.url))).text();
  return Number(/^lindungi_graphql_open_subscriptions (\d+)/m.exec(text)?.[1] ?? 0);
}

/** How many shared executions of live feeds the server runs now (its /metrics gauge; src/shared/events/shared-subscriptions.ts). */
export async function sharedExecutionCount(app: Pick<TestApp, 'url'>): Promise<number> {
  const text = await (await fetch(new URL('/metrics', app.url))).text();
  return Number(/^lindungi_graphql_shared_subscription_executions (\d+)/m.exec(text)?.[1] ?? NaN);
}
