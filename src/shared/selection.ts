import {
  type FieldNode,
  type FragmentSpreadNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields selected directly in `selectionSet`, through fragments and inline fragments too. Takes the
 * document's fragments as a resolver's `info` holds them (or as built from a document: `{ fragments }`).
 * With `variables`, only the selections `@skip` and `@include` let in with those values.
 */
export function fieldsIn(info: Pick<GraphQLResolveInfo, 'fragments'>, selectionSet: SelectionSetNode | undefined, variables?: Record<string, unknown>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seenFragments: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (variables && !included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seenFragments);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seenFragments);
      }
    }
  };
  visit(selectionSet, new Set());
  return fields;
}

/**
 * The fields selected below the resolver's own field after following `path`, e.g. `['edges', 'node']`
 * from a connection field: every occurrence (aliases, fragments) merged.
 */
export function fieldsBelow(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  return fieldsAt(info, info.fieldNodes, path).flatMap((node) => fieldsIn(info, node.selectionSet));
}

/** The fields reached from `from` by following `path` (field names; none when the selection does not go there). */
export function fieldsAt(info: Pick<GraphQLResolveInfo, 'fragments'>, from: readonly FieldNode[], path: readonly string[]): FieldNode[] {
  let level = from;
  for (const name of path) level = level.flatMap((node) => fieldsIn(info, node.selectionSet)).filter((field) => field.name.value === name);
  return [...level];
}

/** Whether a selection carries `@skip` or `@include` anywhere below `selectionSet`, through fragments too. */
function hasConditions(info: Pick<GraphQLResolveInfo, 'fragments'>, selectionSet: SelectionSetNode | undefined, seenFragments = new Set<string>()): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.directives?.some((directive) => directive.name.value === 'skip' || directive.name.value === 'include')) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && hasConditions(info, selection.selectionSet, seenFragments)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      if (hasConditions(info, info.fragments[selection.name.value]?.selectionSet, seenFragments)) return true;
    }
  }
  return false;
}

/** Whether `@skip`/`@include` on a selection let it in, with this request's variables. */
function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The names of the fields selected directly below `nodes`, as this request's variables let them in, introspection fields left out. */
function includedFieldNames(info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>, nodes: readonly FieldNode[]): string[] {
  const names = nodes.flatMap((node) => fieldsIn(info, node.selectionSet, info.variableValues)).map((field) => field.name.value);
  return [...new Set(names)].filter((name) => !name.startsWith('__'));
}

/** Per field group (`info.fieldNodes`, the same array for every execution of a compiled query): its selected names, when no condition can change them. */
const unconditionalNames = new WeakMap<readonly FieldNode[], readonly string[] | null>();

/**
 * The names of the fields a request selects on the value of the resolver's own field (aliases merged,
 * through fragments, `@skip` and `@include` applied with the request's variables; `__typename` and other
 * introspection fields left out). Worked out once per field group when no condition is in the selection.
 */
export function selectedNamesOf(info: GraphQLResolveInfo): readonly string[] {
  let names = unconditionalNames.get(info.fieldNodes);
  if (names === undefined) {
    const conditional = info.fieldNodes.some((node) => hasConditions(info, node.selectionSet));
    names = conditional ? null : includedFieldNames(info, info.fieldNodes);
    unconditionalNames.set(info.fieldNodes, names);
  }
  return names ?? includedFieldNames(info, info.fieldNodes);
}
