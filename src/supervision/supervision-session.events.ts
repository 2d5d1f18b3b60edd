import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { SupervisionSessionChange } from './supervision.enums';

/** Published after the commit of session changes; subscribers read the event rows after their last sequence. */
export const SUPERVISION_SESSION_CHANGED = 'SUPERVISION_SESSION_CHANGED';

export interface SupervisionSessionChanged {
  /** The highest sequence the committing transaction wrote. */
  sequence: string;
}

declare module '../shared/events/domain-events' {
  interface DomainEventMap {
    [SUPERVISION_SESSION_CHANGED]: SupervisionSessionChanged;
  }
}

/** Writers of session events serialise on this advisory lock, so sequences are committed in order. */
export const SESSION_EVENT_WRITER_LOCK = 164_0007;

/**
 * The outbox of `mySupervisionSessions`: one row per change of a session, written in the same transaction
 * as the change. Who receives it is decided when it is read (the session's expert, participants, requester).
 */
@Entity({ tableName: 'supervision_session_event' })
@Index({ properties: ['sessionId', 'sequence'] })
export class SupervisionSessionEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  sequence!: Opt<string>;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Enum({ items: () => SupervisionSessionChange, nativeEnumName: 'supervision_session_change' })
  change!: SupervisionSessionChange;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();
}
