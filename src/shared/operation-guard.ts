import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';
import { costError, limitRules, parseOptions, type GraphQLLimits } from './graphql-limits';
import { OperationAllowList } from './operation-allow-list';

/** What a WebSocket client sends to subscribe (graphql-ws's SubscribePayload). */
export interface SubscribePayload {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: { persistedQuery?: { sha256Hash?: string } } | null;
}

/**
 * One guard for every operation, over HTTP (an Apollo plugin, its validation rules and parser options)
 * and WebSocket (graphql-ws's `onSubscribe`): the same token, depth, alias, directive and cost limits,
 * and, when configured, the allow-list of the front ends' operations.
 */
export class OperationGuard {
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
  private readonly allowList: OperationAllowList | null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: GraphQLLimits,
    allowedOperationsFile?: string,
  ) {
    this.validationRules = limitRules(limits);
    this.parseOptions = parseOptions(limits);
    this.allowList = allowedOperationsFile ? OperationAllowList.load(allowedOperationsFile) : null;
  }

  /** With an allow-list, Apollo's persisted-query cache answers from it (and registers nothing new). */
  persistedQueryCache(): KeyValueCache<string> | undefined {
    const allowList = this.allowList;
    if (!allowList) return undefined;
    return {
      get: async (key: string) => allowList.queryOf(key.replace(/^apq:/, '')),
      set: async () => undefined,
      delete: async () => undefined,
    };
  }

  apolloPlugin(): ApolloServerPlugin {
    const guard = this;
    return {
      async requestDidStart(): Promise<GraphQLRequestListener<never>> {
        return {
          async didResolveOperation({ source, document, request }) {
            const refusal = guard.allowList?.refusal(source) ?? costError(guard.schema, guard.limits, document, request.variables, request.operationName);
            if (refusal) throw refusal;
          },
        };
      },
    };
  }

  /** graphql-ws `onSubscribe`: the arguments to run, or the errors that refuse the operation. */
  checkSubscription(payload: SubscribePayload): { document: DocumentNode } | readonly GraphQLError[] {
    const query = payload.query || (payload.extensions?.persistedQuery?.sha256Hash ? this.allowList?.queryOf(payload.extensions.persistedQuery.sha256Hash) : undefined);
    if (this.allowList) {
      const refusal = this.allowList.refusal(query);
      if (refusal) return [refusal];
    }
    let document: DocumentNode;
    try {
      document = parse(query ?? '', this.parseOptions);
    } catch (error) {
      return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const errors = validate(this.schema, document, [...specifiedRules, ...this.validationRules]);
    if (errors.length) return errors;
    const tooCostly = costError(this.schema, this.limits, document, payload.variables ?? undefined, payload.operationName);
    return tooCostly ? [tooCostly] : { document };
  }
}
