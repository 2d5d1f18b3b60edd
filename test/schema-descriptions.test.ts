import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { buildLindungiSchema } from '../src/schema';
import { DomainEvents } from '../src/shared/events/domain-events';

/** The schema is the front-end teams' manual: every type and every field says what it is. */
it('describes every type and every field of the schema', async () => {
  const schema = await buildLindungiSchema(new DomainEvents().pubSub);
  const undescribed: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (['Query', 'Mutation', 'Subscription'].includes(type.name)) {
      // Root types are containers; their fields are what must be described.
    } else if (!type.description) undescribed.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) undescribed.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type) && !type.description) undescribed.push(type.name);
  }
  expect([...new Set(undescribed)]).toEqual([]);
});
