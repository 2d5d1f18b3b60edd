import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import type { AccessTokens } from './identity/access-tokens';
import { AccessRecorder } from './audit/access-recorder';
import { authenticate } from './identity/authenticate';
import type { DomainEvents } from './shared/events/domain-events';
import { RequestLoaders } from './shared/loaders';
import type { Logger } from './shared/logger';
import type { RequestContext } from './shared/request-context';

export interface ContextDependencies {
  config: AppConfig;
  orm: MikroORM<PostgreSqlDriver>;
  tokens: AccessTokens;
  events: DomainEvents;
}

/**
 * Builds the context of one HTTP request or one WebSocket operation: a fresh EntityManager fork (never
 * shared between requests) and the actor as the database says now.
 */
export interface RequestDetails {
  authorization: string | undefined;
  logger: Logger;
  requestId?: string;
  clientAddress?: string | null;
  /** Why the user looks at the record, as the user interface states it (audit log), up to 200 characters. */
  purpose?: string | null;
}

export async function createRequestContext(dependencies: ContextDependencies, request: RequestDetails): Promise<RequestContext> {
  const { authorization, logger, requestId = randomUUID(), clientAddress = null } = request;
  const purpose = request.purpose?.trim().slice(0, 200) || null;
  const em = dependencies.orm.em.fork({ loggerContext: { reqId: requestId } }) as EntityManager;
  const actor = await authenticate(em, dependencies.tokens, authorization);
  const audit = new AccessRecorder({ actor, requestId, clientAddress, purpose });
  return { em, actor, logger, requestId, events: dependencies.events, loaders: new RequestLoaders(), config: dependencies.config, clientAddress, audit };
}
