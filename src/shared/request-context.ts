import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessRecorder } from '../audit/access-recorder';
import type { AppConfig } from '../config';
import type { ActorCache } from '../identity/actor-cache';
import type { Actor } from './auth/actor';
import type { DomainEvents } from './events/domain-events';
import type { RequestLoaders } from './loaders';
import type { Logger } from './logger';

/**
 * What every resolver and service gets for one request (HTTP) or one subscription (WebSocket):
 * its own EntityManager fork, the actor as the database says now (or said a moment ago, `ActorCache`), and a logger carrying the request id.
 */
export interface RequestContext {
  em: EntityManager;
  actor: Actor;
  logger: Logger;
  requestId: string;
  events: DomainEvents;
  loaders: RequestLoaders;
  config: AppConfig;
  /** The client's network address (for rate limits), when known; null for the command line. */
  clientAddress: string | null;
  /** What this request read and changed, for the audit log. */
  audit: AccessRecorder;
  /** The server's actors read a moment ago, which a change to an account forgets (absent outside a server). */
  actors?: ActorCache;
}
