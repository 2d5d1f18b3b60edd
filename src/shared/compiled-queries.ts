import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Metrics } from './observability/metrics';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** As graphql-js's own `execute` caps them. */
const MAXIMUM_VARIABLE_ERRORS = 50;

interface DocumentRuns {
  runs: number;
  /** By operation name; null when graphql-jit could not compile it (graphql-js runs it then). */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Runs Apollo's operations, with the queries a client sends again and again compiled by graphql-jit: the
 * profile page spent 13% of its Node CPU in graphql-js's execution and a third of its allocations in it
 * (two dictionaries per field for arguments, one per object for results); compiled code does the same
 * work without them (BENCHMARKS.md). Apollo takes another executor only through its gateway interface,
 * hence the shape. Parsing, validation, the operation guard and every plugin run as before; the resolvers
 * (authorization, audit notes) are the same functions. Mutations and a document's first runs go through
 * graphql-js's `execute`, as Apollo itself would run them (`runsBeforeCompiling`, GRAPHQL_COMPILE_AFTER_RUNS:
 * a document sent once or twice never pays for compiling, nor does a stream of one-off documents). A
 * compiled query's variables are first coerced by graphql-js, so bad input is refused exactly as before
 * (BAD_USER_INPUT, the same messages), and its errors are made graphql-js errors again, so the one error
 * formatter sees each resolver's own error.
 */
export function compiledQueriesGateway(schema: GraphQLSchema, runsBeforeCompiling: number, metrics: Metrics): Gateway {
  const documents = new WeakMap<DocumentNode, DocumentRuns>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    const runs = documents.get(document) ?? { runs: 0, compiled: new Map<string, CompiledQuery | null>() };
    documents.set(document, runs);
    runs.runs += 1;
    if (runs.runs <= runsBeforeCompiling) return null;
    const key = operationName ?? '';
    if (!runs.compiled.has(key)) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      runs.compiled.set(key, isCompiledQuery(compiled) ? compiled : null);
    }
    return runs.compiled.get(key) ?? null;
  };

  const executor: Executor = async ({ document, operationName, request, context }) => {
    const operation = getOperationAST(document, operationName);
    const variables = request.variables ?? {};
    const compiled = operation?.operation === 'query' ? compiledFor(document, operationName) : null;
    if (!operation || !compiled) {
      metrics.executions.inc({ executor: 'graphql-js' });
      return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    }
    metrics.executions.inc({ executor: 'compiled' });
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: MAXIMUM_VARIABLE_ERRORS });
    if (coerced.errors) return { errors: coerced.errors };
    return asGraphQLJsResult(await compiled.query(undefined, context, variables));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors are its own subclass of graphql-js's, and passed on as they are, a resolver's refusal
 * (FORBIDDEN) reached the client as INTERNAL_SERVER_ERROR (seen in the authorization matrix). Made
 * graphql-js errors again (path, the resolver's error, locations), Apollo and the formatter read them as usual.
 */
function asGraphQLJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = (result.errors as readonly unknown[]).map((error) => {
    if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error as GraphQLError;
    const jitError = error as GraphQLError;
    const converted = new GraphQLError(jitError.message, { path: jitError.path, originalError: jitError.originalError ?? undefined, extensions: jitError.extensions });
    Object.defineProperty(converted, 'locations', { value: jitError.locations, enumerable: true });
    return converted;
  });
  return { ...result, errors };
}
