import { defaultFieldResolver, getNamedType, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { whenReady } from '../shared/loaders';
import type { RequestContext } from '../shared/request-context';
import { selectedNamesOf } from '../shared/selection';

/** The type every field of which is on record. */
const CHILD = 'Child';

/**
 * Notes the reads of children where they are returned: every field whose type is `Child` (or a list of
 * them) notes, for each child it returns, the fields the request's selection asks for on it (`@skip` and
 * `@include` applied), once, before they are resolved. A child reaches an answer only as the value of such a
 * field, so every child answered is noted, with the fields asked of it, refused ones included (as the audit
 * middleware notes a refused field). A child's own fields then need no resolver to be noted: its plain
 * columns are read inline by graphql-jit (`resolveFieldsDirectly`; A/B: 11.6% more profile pages per
 * second, BENCHMARKS.md). Call after the schema's resolvers are final.
 */
export function noteChildrenWhereReturned(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== CHILD) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
      field.resolve = (root, args, context, info) =>
        whenReady(resolve(root, args, context, info), (value: unknown) => {
          context.audit.noteRecords(CHILD, selectedNamesOf(info), value);
          return value;
        });
    }
  }
}
