import { LocalDateScalar } from '../src/shared/local-date.scalar';

// The schema's LocalDate remembers the dates it has sent; what it has not seen is checked as graphql-scalars checks it.
it('sends a valid date, the same again from memory, and still refuses a date that is not one', () => {
  expect(LocalDateScalar.name).toBe('LocalDate');
  expect(LocalDateScalar.serialize('2024-02-29')).toBe('2024-02-29');
  expect(LocalDateScalar.serialize('2024-02-29')).toBe('2024-02-29');
  expect(() => LocalDateScalar.serialize('2023-02-29')).toThrow(/not a valid LocalDate/);
  expect(() => LocalDateScalar.serialize('2023-02-29')).toThrow(/not a valid LocalDate/);
  expect(() => LocalDateScalar.serialize(20240229)).toThrow(/not string/);
  expect(() => LocalDateScalar.parseValue('2023-13-01')).toThrow(/not a valid LocalDate/);
  expect(LocalDateScalar.parseValue('2023-12-01')).toBe('2023-12-01');
});
