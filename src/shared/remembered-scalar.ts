import { GraphQLScalarType } from 'graphql';

const MAXIMUM_REMEMBERED = 20_000;

/**
 * A scalar the same as `scalar` (name, description, input), whose output for a value is remembered under
 * `keyOf(value)`: graphql-scalars checks and formats every value it sends, and a page sends the same dates
 * hundreds of times. Values without a key (`undefined`), and values the scalar refuses, are handled by
 * `scalar` every time.
 */
export function withRememberedOutput<Key>(scalar: GraphQLScalarType, keyOf: (value: unknown) => Key | undefined): GraphQLScalarType {
  const config = scalar.toConfig();
  const serialize = config.serialize;
  const outputs = new Map<Key, unknown>();
  return new GraphQLScalarType({
    ...config,
    serialize(value) {
      const key = keyOf(value);
      if (key === undefined) return serialize(value);
      if (outputs.has(key)) return outputs.get(key);
      const output = serialize(value); // throws for a value the scalar refuses: nothing is remembered
      if (outputs.size >= MAXIMUM_REMEMBERED) outputs.clear();
      outputs.set(key, output);
      return output;
    },
  });
}
