import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CoalescedSignals } from './coalesced-signals';

/**
 * Topic name to payload type. Each domain adds its topics by declaration merging in its `*.events.ts`:
 * `declare module '../shared/events/domain-events' { interface DomainEventMap { TOPIC: Payload } }`.
 * Payloads are plain data (ids and the kind of change), never entities: subscribers load fresh data.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DomainEventMap {}

export type DomainTopic = keyof DomainEventMap & string;

/** The PostgreSQL channel every Lindungi process listens on. */
export const EVENT_CHANNEL = 'lindungi_events';

export type LocalPubSub = PubSub<Record<string, [unknown]>>;

export interface EventEnvelope {
  topic: string;
  payload: unknown;
}

/** How envelopes travel between Lindungi processes (PostgreSQL NOTIFY by default, Redis when configured). */
export interface EventSender {
  /** Sends the envelope when, and only if, the transaction `em` is in commits (at once outside one). */
  send(em: EntityManager, envelope: EventEnvelope): Promise<void>;
}

/**
 * PostgreSQL NOTIFY issued inside the transaction that made the change: PostgreSQL delivers it only if
 * that transaction commits, in commit order, to every process listening on the same database.
 */
export const postgresNotifySender: EventSender = {
  async send(em, envelope) {
    await em.execute('select pg_notify(?, ?)', [EVENT_CHANNEL, JSON.stringify(envelope)]);
  },
};

/**
 * Domain events: published inside the transaction that made the change, delivered after it commits to
 * every Lindungi process (servers and the command line alike), which hand them to their local subscribers.
 */
/** Every live subscription listens here: hundreds of listeners are expected, not a leak. */
function newEventTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}

/** Dispatched locally when the connection that brings events from other processes was lost and is back. */
const EVENTS_RECONNECTED = 'lindungi:events-reconnected';
/** Dispatched locally when that connection is lost: events sent until it is back are not heard here. */
const EVENTS_DISCONNECTED = 'lindungi:events-disconnected';

export class DomainEvents {
  private readonly target = newEventTarget();
  readonly pubSub: LocalPubSub = createPubSub<Record<string, [unknown]>>({ eventTarget: this.target });

  constructor(private readonly sender: EventSender = postgresNotifySender) {}

  /** Call inside `em.transactional(...)`: the event is sent when, and only if, that transaction commits. */
  async publish<Topic extends DomainTopic>(em: EntityManager, topic: Topic, payload: DomainEventMap[Topic]): Promise<void> {
    await this.sender.send(em, { topic, payload });
  }

  subscribe<Topic extends DomainTopic>(topic: Topic): AsyncIterable<DomainEventMap[Topic]> {
    return this.pubSub.subscribe(topic) as AsyncIterable<DomainEventMap[Topic]>;
  }

  /**
   * "Something new on `topic`, read it yourself": for subscribers that re-read a table (outbox feeds).
   * Signals are coalesced (`CoalescedSignals`), so a subscriber that is not reading holds one pending
   * signal, never a queue; an unbounded queue would also overflow the pub/sub's limit of 1024 pending
   * events and throw from the dispatch. Also signalled after the event connection was lost and came back,
   * since events committed meanwhile were never announced. Listening starts here; `return()` ends it.
   */
  signals(topic: DomainTopic): AsyncIterableIterator<void> {
    const target = this.target;
    const signals: CoalescedSignals = new CoalescedSignals(() => {
      target.removeEventListener(topic, signals.signal);
      target.removeEventListener(EVENTS_RECONNECTED, signals.signal);
    });
    target.addEventListener(topic, signals.signal);
    target.addEventListener(EVENTS_RECONNECTED, signals.signal);
    return signals;
  }

  /** Tells this process's signal subscribers to re-read: events may have been missed while disconnected. */
  reconnected(): void {
    this.target.dispatchEvent(new Event(EVENTS_RECONNECTED));
  }

  /** Tells this process that events from other processes are not heard until `reconnected`. */
  disconnected(): void {
    this.target.dispatchEvent(new Event(EVENTS_DISCONNECTED));
  }

  /** Calls `lost` when the event connection is lost and `back` when it is back; returns how to stop. */
  watchConnection(handlers: { lost(): void; back(): void }): () => void {
    const lost = () => handlers.lost();
    const back = () => handlers.back();
    this.target.addEventListener(EVENTS_DISCONNECTED, lost);
    this.target.addEventListener(EVENTS_RECONNECTED, back);
    return () => {
      this.target.removeEventListener(EVENTS_DISCONNECTED, lost);
      this.target.removeEventListener(EVENTS_RECONNECTED, back);
    };
  }

  /** Hands an event that arrived from another process (or this one) to this process's subscribers. */
  deliver(envelope: EventEnvelope): void {
    this.pubSub.publish(envelope.topic, envelope.payload);
  }
}
