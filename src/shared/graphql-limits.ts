import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, isListType, getNullableType, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Limits on what one operation may ask for; the same over HTTP and WebSocket (README, "Limits"). */
export interface GraphQLLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** What a list without a page size is assumed to hold, for the cost (a child's guardians, needs...). */
const UNPAGED_LIST_SIZE = 5;

/**
 * The cost of a field: 1 plus its selections, times how many items it can return. A field taking `first`
 * multiplies by the page size asked for (nested pages multiply each other); the `nodes` and `edges` of a
 * page are that page; any other list counts as `UNPAGED_LIST_SIZE` items; introspection counts once.
 */
const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = 1 + childComplexity;
  if (typeof args.first === 'number') return own * Math.max(args.first, 1);
  if (type.name.startsWith('__') || type.name.endsWith('Connection')) return own;
  return isListType(getNullableType(field.type)) ? own * UNPAGED_LIST_SIZE : own;
};

/** Validation rules for depth, aliases and directives (GraphQL Armor), for Apollo and graphql-ws alike. */
export function limitRules(limits: GraphQLLimits): ValidationRule[] {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED), not thrown, so they never look internal.
  const reporting = { exposeLimits: true, propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reporting }),
    maxAliasesRule({ n: limits.maxAliases, ...reporting }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reporting }),
  ] as unknown as ValidationRule[];
}

/** Parser options: the token limit stops a huge document before it is even parsed in full. */
export function parseOptions(limits: GraphQLLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * Costs computed, per parsed document (Apollo keeps one per query text) and per operation name and
 * variables: a front end sends the same few operations with the same page sizes, and walking the
 * document for its cost was 2% of a profile page's Node CPU. Bounded per document.
 */
const costsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | null>>>();
const COSTS_KEPT_PER_DOCUMENT = 100;

function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | null {
  const costsByDocument = costsBySchema.get(schema) ?? new WeakMap<DocumentNode, Map<string, number | null>>();
  costsBySchema.set(schema, costsByDocument);
  const costs = costsByDocument.get(document) ?? new Map<string, number | null>();
  costsByDocument.set(document, costs);
  const key = JSON.stringify([operationName ?? null, variables]);
  const known = costs.get(key);
  if (known !== undefined) return known;
  let cost: number | null;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [pageSizeEstimator] });
  } catch {
    // Variables that do not fit the operation: execution reports them, with a clearer message.
    cost = null;
  }
  if (costs.size >= COSTS_KEPT_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}

/** The cost limit needs the variables (page sizes come in them), so it runs once the operation is known. */
export function costError(schema: GraphQLSchema, limits: GraphQLLimits, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): GraphQLError | null {
  const cost = costOf(schema, document, variables ?? {}, operationName ?? undefined);
  if (cost === null || cost <= limits.maxCost) return null;
  return new GraphQLError(`The operation is too costly: ${cost} against a limit of ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: limits.maxCost, http: { status: 400 } },
  });
}
