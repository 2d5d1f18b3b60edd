import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Whole rupiah, up to 15 digits (numeric(15,0) / bigint in the database), with an optional minus sign. */
const DIGITS = /^(0|-?[1-9]\d{0,14})$/;

function parse(value: unknown): string {
  if (typeof value === 'string' && DIGITS.test(value)) return value;
  throw new GraphQLError('A Rupiah amount is a string of whole rupiah digits, e.g. "1000000" (no decimals, no separators).');
}

/**
 * Money as a string of digits. A JSON number would be a float in most clients (and in JavaScript past
 * 2^53), so amounts travel as text and are stored as bigint: no rounding anywhere.
 */
export const RupiahScalar = new GraphQLScalarType<string, string>({
  name: 'Rupiah',
  description: 'An amount of whole Indonesian rupiah as a string of digits, e.g. "1000000"; negative ("-200000") only for reversing ledger entries. Sent and returned as a string so it never passes through a float.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.value);
    throw new GraphQLError('A Rupiah amount is a string of whole rupiah digits, e.g. "1000000".');
  },
});
