import { createHook } from 'node:async_hooks';
import { CASE_EVENT_RECORDED } from '../src/cases/case-event.outbox';
import { CoalescedSignals } from '../src/shared/events/coalesced-signals';
import { DomainEvents } from '../src/shared/events/domain-events';

/**
 * The "something new" signals live feeds wait on. A burst of announcements (thousands of NOTIFYs, each
 * reaching every live subscriber) must leave each subscriber one pending signal and cost the server no
 * work per announcement beyond that: a report submitted during such a burst once got no answer in 15 s.
 */
const announce = (events: DomainEvents, times: number) => {
  for (let announcement = 0; announcement < times; announcement += 1) events.deliver({ topic: CASE_EVENT_RECORDED, payload: { sequence: String(announcement) } });
};

/** Promises created while `work` runs (synchronously). */
function promisesCreatedBy(work: () => void): number {
  let created = 0;
  const hook = createHook({ init: (_id, type) => void (type === 'PROMISE' && (created += 1)) }).enable();
  try {
    work();
  } finally {
    hook.disable();
  }
  return created;
}

/** Whether `next` settles before the macrotask queue runs (a signal was waiting or arrived). */
async function settlesNow<Value>(next: Promise<Value>): Promise<boolean> {
  return Promise.race([next.then(() => true), new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);
}

it('leaves a subscriber that is not reading one pending signal however many announcements arrive', async () => {
  const events = new DomainEvents();
  const signals = events.signals(CASE_EVENT_RECORDED);
  announce(events, 5000);
  expect(await settlesNow(signals.next())).toBe(true);
  const afterTheOne = signals.next();
  expect(await settlesNow(afterTheOne)).toBe(false);
  announce(events, 1);
  expect(await afterTheOne).toEqual({ value: undefined, done: false });
  await signals.return?.();
});

it('costs no promise per announcement while a signal is already pending, for any number of subscribers', async () => {
  const events = new DomainEvents();
  const subscribers = Array.from({ length: 42 }, () => events.signals(CASE_EVENT_RECORDED));
  const firstSignals = subscribers.map((signals) => signals.next());
  announce(events, 1);
  await Promise.all(firstSignals);
  announce(events, 1);
  // 2,000 more announcements to 42 subscribers that are busy (each holds its pending signal).
  const created = promisesCreatedBy(() => announce(events, 2000));
  expect(created).toBe(0);
  for (const signals of subscribers) expect(await settlesNow(signals.next())).toBe(true);
  await Promise.all(subscribers.map((signals) => signals.return?.()));
});

it('wakes a waiting subscriber on the next announcement and after the event connection came back', async () => {
  const events = new DomainEvents();
  const signals = events.signals(CASE_EVENT_RECORDED);
  const waiting = signals.next();
  expect(await settlesNow(waiting)).toBe(false);
  announce(events, 1);
  expect(await waiting).toEqual({ value: undefined, done: false });
  const afterReconnect = signals.next();
  events.reconnected();
  expect(await afterReconnect).toEqual({ value: undefined, done: false });
  await signals.return?.();
});

it('ends a waiting subscriber on return, and stops listening', async () => {
  const events = new DomainEvents();
  const signals = events.signals(CASE_EVENT_RECORDED);
  const waiting = signals.next();
  await signals.return?.();
  expect(await waiting).toEqual({ value: undefined, done: true });
  announce(events, 3);
  expect(await signals.next()).toEqual({ value: undefined, done: true });
});

it('stops listening at the source once, however often it is ended', async () => {
  const unsubscribe = jest.fn();
  const signals = new CoalescedSignals(unsubscribe);
  signals.signal();
  await signals.return();
  await signals.return();
  expect(unsubscribe).toHaveBeenCalledTimes(1);
  expect(await signals.next()).toEqual({ value: undefined, done: true });
});
