import { DateTimeScalar } from '../src/shared/date-time.scalar';

// The schema's DateTimeISO remembers the strings it has sent; anything else is handled as graphql-scalars handles it.
it('sends a Date as its ISO string, the same again from memory, and still refuses what is not a date-time', () => {
  expect(DateTimeScalar.name).toBe('DateTimeISO');
  const instant = new Date('2026-11-15T08:30:05.123Z');
  expect(DateTimeScalar.serialize(instant)).toBe('2026-11-15T08:30:05.123Z');
  expect(DateTimeScalar.serialize(new Date(instant.getTime()))).toBe('2026-11-15T08:30:05.123Z');
  expect(DateTimeScalar.serialize(new Date(instant.getTime() + 1))).toBe('2026-11-15T08:30:05.124Z');
  expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
  expect(DateTimeScalar.serialize('2026-11-15T08:30:05Z')).toBe('2026-11-15T08:30:05.000Z');
  expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/invalid date-time-string/);
  expect(DateTimeScalar.parseValue('2026-11-15T08:30:05Z')).toEqual(new Date('2026-11-15T08:30:05Z'));
});
