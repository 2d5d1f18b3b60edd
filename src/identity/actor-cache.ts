import type { StaffActor } from '../shared/auth/actor';
import type { DomainEvents } from '../shared/events/domain-events';
import { STAFF_ACCOUNT_CHANGED } from './staff-account.events';

/** How long an actor is held when no change to its account is heard of: the bound for changes made without an event (SQL by hand). */
export const ACTOR_HOLD_MILLISECONDS = 2_000;

/** Past this many held actors, the expired ones are dropped before holding another. */
const PRUNE_ABOVE = 10_000;

interface HeldActor {
  actor: StaffActor;
  place: string;
  until: number;
}

/**
 * The actors of tokens this process checked a moment ago, per token subject and place (the client's
 * address, as its sign-in failures are counted), so a busy client does not cost a statement per request
 * to read its account (A/B: about 10% more profile pages and 4-level queries per second, BENCHMARKS.md).
 *
 * What keeps a held actor true to the database:
 * - every change to an account (`STAFF_ACCOUNT_CHANGED`, from any process) forgets its actors as the event
 *   arrives, and the process that made the change forgets them before it answers (`forgetAccount`);
 * - while the event connection is down nothing is held (changes made meanwhile would go unheard), and
 *   what was held is dropped;
 * - an actor read while a change was being forgotten is not held: it may be the old one (`ticket`);
 * - a refused token forgets its place's actors, so a place past its sign-in failure limit is refused with
 *   its next request, a good token included (failures counted by another process: within the hold);
 * - nothing is held longer than `holdMilliseconds`.
 * Only accounts that were found and active are held; a token is still verified on every request.
 */
export class ActorCache {
  private readonly held = new Map<string, HeldActor>();
  /** Counts forgettings: an actor read across one is not held. */
  private forgettings = 0;
  private hearingChanges = true;

  constructor(private readonly holdMilliseconds = ACTOR_HOLD_MILLISECONDS) {}

  /** The actor held for this token subject at this place, if any and still within its hold. */
  get(subject: string, place: string): StaffActor | undefined {
    const key = keyOf(subject, place);
    const held = this.held.get(key);
    if (!held) return undefined;
    if (held.until > Date.now()) return held.actor;
    this.held.delete(key);
    return undefined;
  }

  /** Taken before reading an account; `hold` with it holds nothing if anything was forgotten meanwhile. */
  ticket(): number {
    return this.forgettings;
  }

  hold(subject: string, place: string, actor: StaffActor, ticket: number): void {
    if (!this.hearingChanges || ticket !== this.forgettings || this.holdMilliseconds <= 0) return;
    const now = Date.now();
    if (this.held.size >= PRUNE_ABOVE) {
      for (const [key, entry] of this.held) if (entry.until <= now) this.held.delete(key);
    }
    this.held.set(keyOf(subject, place), { actor: Object.freeze({ ...actor, roles: Object.freeze([...actor.roles]) }) as StaffActor, place, until: now + this.holdMilliseconds });
  }

  forgetAccount(staffAccountId: string): void {
    this.forget((entry) => entry.actor.staffAccountId === staffAccountId);
  }

  forgetPlace(place: string): void {
    this.forget((entry) => entry.place === place);
  }

  /** Forgets accounts as their changes are heard, and everything while changes cannot be heard. Returns how to stop. */
  watch(events: DomainEvents): () => Promise<void> {
    const changes = events.subscribe(STAFF_ACCOUNT_CHANGED)[Symbol.asyncIterator]();
    void (async () => {
      for (let next = await changes.next(); !next.done; next = await changes.next()) this.forgetAccount(next.value.staffAccountId);
    })().catch(() => this.stopHolding()); // changes can no longer be heard: nothing is held from now on
    const stopWatchingConnection = events.watchConnection({
      lost: () => this.stopHolding(),
      back: () => {
        // A read that began while changes went unheard may be older than one of them: not held either.
        this.forgettings += 1;
        this.hearingChanges = true;
      },
    });
    return async () => {
      stopWatchingConnection();
      await changes.return?.();
    };
  }

  /** Until changes can be heard again (`back`), nothing is held, and what was held is dropped. */
  private stopHolding(): void {
    this.hearingChanges = false;
    this.forget(() => true);
  }

  private forget(matches: (entry: HeldActor) => boolean): void {
    this.forgettings += 1;
    for (const [key, entry] of this.held) if (matches(entry)) this.held.delete(key);
  }
}

function keyOf(subject: string, place: string): string {
  return `${subject}\u0000${place}`;
}
