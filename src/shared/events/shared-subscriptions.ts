import { type DefinitionNode, type ExecutionArgs, type ExecutionResult, type FragmentDefinitionNode, getOperationAST, Kind, print, subscribe } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Gauge } from 'prom-client';
import type { AccessRecorder, RecordRead } from '../../audit/access-recorder';
import type { Actor } from '../auth/actor';
import type { RequestContext } from '../request-context';
import { fieldsIn } from '../selection';
import { databaseLostIn, isAsyncIterable, wholeEventsOnly } from './whole-events-only';

/**
 * How a subscription field may be shared. A feed whose events and access depend only on what `accessKey`
 * describes (roles and area, say) answers alike for every subscriber with the same key and the same
 * operation; those subscribers then share one execution per event instead of running one each.
 */
export interface SubscriptionSharing {
  /** Everything about the subscriber that decides what the feed delivers (roles, area...), as a string. */
  accessKey(actor: Actor): string;
  /** Arguments that make a feed the subscriber's own when given: a replay from a position it alone knows. */
  ownFeedArguments: readonly string[];
}

/** Results a subscriber may fall behind by before its feed ends with an error (a stalled socket is closed sooner). */
const MOST_RESULTS_WAITING = 1000;

interface Delivery {
  result: ExecutionResult;
  reads: readonly RecordRead[];
}

/** One subscriber's view of a shared execution: the results in order, each with its reads put on the subscriber's own record. */
class SharedFeed implements AsyncIterableIterator<ExecutionResult> {
  private readonly waitingResults: Delivery[] = [];
  private waitingReader: { resolve: (next: IteratorResult<ExecutionResult>) => void; reject: (error: unknown) => void } | null = null;
  private failure: { error: unknown } | null = null;
  private ended = false;

  constructor(
    private readonly audit: AccessRecorder,
    private readonly leave: (feed: SharedFeed) => void,
  ) {}

  deliver(delivery: Delivery): void {
    if (this.ended) return;
    const reader = this.waitingReader;
    if (reader) {
      this.waitingReader = null;
      reader.resolve(this.take(delivery));
      return;
    }
    this.waitingResults.push(delivery);
    if (this.waitingResults.length > MOST_RESULTS_WAITING) {
      this.waitingResults.length = 0;
      this.fail(new Error('This subscriber fell too far behind the live feed; subscribe again to resume.'));
      this.leave(this);
    }
  }

  end(): void {
    this.ended = true;
    this.waitingReader?.resolve({ value: undefined, done: true });
    this.waitingReader = null;
  }

  /** Ends the feed with `error` once the subscriber has taken the results already waiting. */
  fail(error: unknown): void {
    this.failure = { error };
    this.ended = true;
    this.waitingReader?.reject(error);
    this.waitingReader = null;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const delivery = this.waitingResults.shift();
    if (delivery) return Promise.resolve(this.take(delivery));
    if (this.failure) {
      const { error } = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waitingReader = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.waitingResults.length = 0;
    this.end();
    this.leave(this);
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The subscriber's audit record gets the reads as it takes the result, so they are written with it. */
  private take(delivery: Delivery): IteratorResult<ExecutionResult> {
    this.audit.addReads(delivery.reads);
    return { value: delivery.result, done: false };
  }
}

/** One execution of a subscription, its results handed to every subscriber that joined it. */
class SharedExecution {
  private readonly feeds = new Set<SharedFeed>();
  private running = false;
  private closed = false;

  constructor(
    private readonly source: AsyncIterator<ExecutionResult>,
    private readonly context: RequestContext,
    private readonly onClosed: () => void,
  ) {}

  /** A new subscriber's feed, or null when the execution has just closed (the caller starts another). */
  join(audit: AccessRecorder): SharedFeed | null {
    if (this.closed) return null;
    const feed = new SharedFeed(audit, (leaving) => this.leave(leaving));
    this.feeds.add(feed);
    // Results are taken from the first subscriber's joining on, so the first one is never missed.
    if (!this.running) {
      this.running = true;
      void this.run();
    }
    return feed;
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        const next = await this.source.next();
        if (next.done) break;
        // Checked once for all (wholeEventsOnly): an event not read whole ends every feed with the error.
        const lost = databaseLostIn(next.value);
        if (lost) {
          for (const feed of this.feeds) feed.fail(lost);
          return;
        }
        const delivery = { result: next.value, reads: this.context.audit.takeReads() };
        for (const feed of this.feeds) feed.deliver(delivery);
      }
      for (const feed of this.feeds) feed.end();
    } catch (error) {
      for (const feed of this.feeds) feed.fail(error);
    } finally {
      this.close();
    }
  }

  private leave(feed: SharedFeed): void {
    this.feeds.delete(feed);
    if (this.feeds.size === 0) this.close();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed();
    // Ends the feed (and its listener); a failure while ending has nobody left to tell.
    Promise.resolve(this.source.return?.()).catch(() => undefined);
  }
}

function isFragment(definition: DefinitionNode): definition is FragmentDefinitionNode {
  return definition.kind === Kind.FRAGMENT_DEFINITION;
}

/**
 * Subscriptions over WebSocket, shared where that cannot change what anyone receives: same operation, same
 * variables, and either the same account (any selection) or, for the event's own scalar fields only, the
 * same access as the feed's `SubscriptionSharing` describes it. Nested fields (the report, the case) may
 * look at more of the subscriber than the feed does, hence the account. Every event is still authorized,
 * once per execution, with the subscriber's roles and area; the audit log still gets one line per
 * subscriber for each record read. Every feed, shared or not, sends only events read whole (`wholeEventsOnly`).
 */
export class SharedSubscriptions {
  private readonly executions = new Map<string, Promise<SharedExecution | ExecutionResult>>();

  /**
   * @param sharing the subscription fields that may be shared, by name
   * @param executionContext a context of the execution's own, with the first subscriber's actor
   * @param openExecutions how many shared executions run now (a metric)
   */
  constructor(
    private readonly sharing: Readonly<Record<string, SubscriptionSharing>>,
    private readonly executionContext: (subscriber: RequestContext) => RequestContext,
    private readonly openExecutions: Gauge,
  ) {}

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const key = this.keyOf(args);
    if (key === null) return wholeEventsOnly((await subscribe(args)) as AsyncIterableIterator<ExecutionResult> | ExecutionResult);
    const subscriber = args.contextValue as RequestContext;
    for (;;) {
      const execution = await (this.executions.get(key) ?? this.start(key, args));
      // A refusal or a bad argument: the same answer for every subscriber alike, and nothing kept.
      if (!(execution instanceof SharedExecution)) return execution;
      const feed = execution.join(subscriber.audit);
      if (feed) return feed;
    }
  }

  private start(key: string, args: ExecutionArgs): Promise<SharedExecution | ExecutionResult> {
    let started: Promise<SharedExecution | ExecutionResult> | undefined;
    const forget = () => {
      if (this.executions.get(key) === started) this.executions.delete(key);
    };
    started = (async () => {
      const context = this.executionContext(args.contextValue as RequestContext);
      const result = await subscribe({ ...args, contextValue: context });
      if (!isAsyncIterable(result)) return result;
      this.openExecutions.inc();
      const execution = new SharedExecution(result, context, () => {
        this.openExecutions.dec();
        forget();
      });
      return execution;
    })();
    this.executions.set(key, started);
    started.then((execution) => {
      if (!(execution instanceof SharedExecution)) forget();
    }, forget);
    return started;
  }

  /** Subscribers with equal keys receive the same results; null when this one's feed is its own. */
  private keyOf(args: ExecutionArgs): string | null {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'subscription') return null;
    const fragments = Object.fromEntries(args.document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]));
    const [field, ...others] = fieldsIn({ fragments }, operation.selectionSet);
    const sharing = field && !others.length ? this.sharing[field.name.value] : undefined;
    const definition = sharing && args.schema.getSubscriptionType()?.getFields()[field.name.value];
    if (!sharing || !definition) return null;
    let argumentValues: Record<string, unknown>;
    try {
      argumentValues = getArgumentValues(definition, field, args.variableValues);
    } catch {
      return null; // graphql-js reports the bad argument to this subscriber
    }
    if (sharing.ownFeedArguments.some((name) => argumentValues[name] !== undefined && argumentValues[name] !== null)) return null;
    const { actor } = args.contextValue as RequestContext;
    const selectsOwnFieldsOnly = field.selectionSet !== undefined && fieldsIn({ fragments }, field.selectionSet).every((selected) => !selected.selectionSet);
    const access = selectsOwnFieldsOnly ? `access:${sharing.accessKey(actor)}` : `actor:${JSON.stringify(actor)}`;
    return JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? null, access]);
  }
}
