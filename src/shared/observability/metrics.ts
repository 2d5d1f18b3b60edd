import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Operation names come from clients; past this many distinct ones, new names are counted as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export type Transport = 'http' | 'ws';
export type Outcome = 'success' | 'error';

/** Prometheus metrics of one server instance (tests run several servers in one process). */
export class Metrics {
  readonly registry = new Registry();
  private readonly knownOperations = new Set<string>();

  private readonly requests = new Counter({
    name: 'lindungi_graphql_requests_total',
    help: 'GraphQL operations served, by operation name, type, transport and outcome.',
    labelNames: ['operation', 'type', 'transport', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly durations = new Histogram({
    name: 'lindungi_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL query or mutation over HTTP, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly openSubscriptions = new Gauge({
    name: 'lindungi_graphql_open_subscriptions',
    help: 'GraphQL subscriptions currently open over WebSocket.',
    registers: [this.registry],
  });

  readonly sharedSubscriptionExecutions = new Gauge({
    name: 'lindungi_graphql_shared_subscription_executions',
    help: 'Subscription executions shared by subscribers alike (same operation and access): one run per event for all of them.',
    registers: [this.registry],
  });

  readonly executions = new Counter({
    name: 'lindungi_graphql_executions_total',
    help: 'GraphQL queries and mutations executed over HTTP, by executor: compiled (graphql-jit, queries run often) or graphql-js.',
    labelNames: ['executor'] as const,
    registers: [this.registry],
  });

  readonly openWebSockets = new Gauge({
    name: 'lindungi_websocket_connections_open',
    help: 'WebSocket connections currently open on /graphql.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'lindungi_' });
  }

  countOperation(operationName: string | null | undefined, type: string, transport: Transport, outcome: Outcome): void {
    this.requests.inc({ operation: this.operationLabel(operationName), type, transport, outcome });
  }

  /** Counts and times every HTTP GraphQL request, including those refused before execution. */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const stopTimer = this.durations.startTimer();
        return {
          willSendResponse: async ({ operationName, operation, errors, response }) => {
            const type = operation?.operation ?? 'unknown';
            const failed = Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
            const operationLabel = this.operationLabel(operationName);
            stopTimer({ operation: operationLabel, type });
            this.requests.inc({ operation: operationLabel, type, transport: 'http', outcome: failed ? 'error' : 'success' });
          },
        };
      },
    };
  }

  private operationLabel(operationName: string | null | undefined): string {
    if (!operationName) return 'anonymous';
    if (!OPERATION_NAME.test(operationName)) return 'other';
    if (this.knownOperations.has(operationName)) return operationName;
    if (this.knownOperations.size >= MAX_OPERATION_NAMES) return 'other';
    this.knownOperations.add(operationName);
    return operationName;
  }
}
