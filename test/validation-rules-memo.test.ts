import { IsUUID, Max, validate } from 'class-validator';
import { rememberValidationRules } from '../src/shared/validation-rules-memo';

rememberValidationRules();

class PageArguments {
  @Max(100)
  first = 20;
}

it('validates with the rules of a class and its ancestors, the same on every call, also for a class declared after the first validation', async () => {
  const constraintsOf = async (value: object) => (await validate(value)).map((error) => [error.property, Object.keys(error.constraints ?? {})]);
  for (let call = 0; call < 2; call += 1) {
    expect(await constraintsOf(Object.assign(new PageArguments(), { first: 101 }))).toEqual([['first', ['max']]]);
    expect(await constraintsOf(Object.assign(new PageArguments(), { first: 5 }))).toEqual([]);
  }
  // Declared after its parent's rules were remembered: it has the parent's and its own.
  class ChildPageArguments extends PageArguments {
    @IsUUID('4')
    id = '';
  }
  expect(await constraintsOf(Object.assign(new ChildPageArguments(), { first: 101, id: 'not-a-uuid' }))).toEqual([
    ['id', ['isUuid']],
    ['first', ['max']],
  ]);
  expect(await constraintsOf(Object.assign(new PageArguments(), { first: 101 }))).toEqual([['first', ['max']]]);
});
