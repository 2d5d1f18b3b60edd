import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import type { AccessTokens } from './identity/access-tokens';
import type { ActorCache } from './identity/actor-cache';
import { AccessRecorder } from './audit/access-recorder';
import { authenticate } from './identity/authenticate';
import type { Actor } from './shared/auth/actor';
import { RateLimitedError, UnauthenticatedError } from './shared/errors/domain-error';
import { consumeRateLimit, rateLimitReached } from './shared/rate-limit/rate-limiter';
import type { DomainEvents } from './shared/events/domain-events';
import { RequestLoaders } from './shared/loaders';
import type { Logger } from './shared/logger';
import type { RequestContext } from './shared/request-context';

export interface ContextDependencies {
  config: AppConfig;
  orm: MikroORM<PostgreSqlDriver>;
  tokens: AccessTokens;
  events: DomainEvents;
  /** Actors read a moment ago (`ActorCache`), kept true by `events`. */
  actors: ActorCache;
}

/**
 * Builds the context of one HTTP request or one WebSocket operation: a fresh EntityManager fork (never
 * shared between requests) and the actor as the database says now (or said a moment ago, `ActorCache`).
 */
export interface RequestDetails {
  authorization: string | undefined;
  logger: Logger;
  requestId?: string;
  clientAddress?: string | null;
  /** Why the user looks at the record, as the user interface states it (audit log), up to 200 characters. */
  purpose?: string | null;
}

/**
 * The actor, within the limits that keep guessing and flooding out: an address that presented too many
 * refused tokens is refused whatever token it presents next, a good one included (sign-in failures are
 * the login-like path here), and requests without a token are counted per address.
 */
async function authenticateWithinLimits(em: EntityManager, dependencies: ContextDependencies, authorization: string | undefined, clientAddress: string | null): Promise<Actor> {
  const { http } = dependencies.config;
  const failures = { key: `sign-in-failure:${clientAddress ?? 'unknown'}`, limit: { limit: http.signInFailuresPerTenMinutes, windowSeconds: 600 } };
  let actor: Actor;
  try {
    // The account and this address's sign-in failures come in one statement.
    actor = await authenticate(em, dependencies.tokens, authorization, failures, dependencies.actors);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      // The next request from this address reads its failures again, whatever token it presents.
      dependencies.actors.forgetPlace(failures.key);
      // A refused token from an address past its limit is refused as rate limited, and not counted again.
      const retryAfter = await rateLimitReached(em, failures.key, failures.limit);
      if (retryAfter !== null) throw new RateLimitedError(retryAfter);
      await consumeRateLimit(em, failures.key, { ...failures.limit, limit: Number.MAX_SAFE_INTEGER });
    }
    throw error;
  }
  if (actor.kind === 'PUBLIC') await consumeRateLimit(em, `public:${clientAddress ?? 'unknown'}`, { limit: http.publicRequestsPerMinute, windowSeconds: 60 });
  return actor;
}

export async function createRequestContext(dependencies: ContextDependencies, request: RequestDetails): Promise<RequestContext> {
  const { authorization, logger, requestId = randomUUID(), clientAddress = null } = request;
  const purpose = request.purpose?.trim().slice(0, 200) || null;
  const em = dependencies.orm.em.fork({ loggerContext: { reqId: requestId } }) as EntityManager;
  const actor = await authenticateWithinLimits(em, dependencies, authorization, clientAddress);
  const audit = new AccessRecorder({ actor, requestId, clientAddress, purpose });
  return { em, actor, logger, requestId, events: dependencies.events, loaders: new RequestLoaders(), config: dependencies.config, clientAddress, audit, actors: dependencies.actors };
}
