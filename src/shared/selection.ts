import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The fields selected directly in `selectionSet`, through fragments and inline fragments too. Takes the
 * document's fragments as a resolver's `info` holds them (or as built from a document: `{ fragments }`).
 */
export function fieldsIn(info: Pick<GraphQLResolveInfo, 'fragments'>, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seenFragments: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
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
