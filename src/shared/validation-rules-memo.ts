import { getMetadataStorage } from 'class-validator';

type RuleLookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
type Rules = ReturnType<RuleLookup>;

let remembering = false;

/**
 * class-validator finds the rules of a class (its own and those it inherits) by scanning every rule of
 * every class it knows, on each validation (typestack/class-validator#2686): for a query's arguments
 * (a page's `first`, a child's `id`), on every request; 1.5 to 2% of a read's CPU. The rules are
 * registered by the decorators as the classes load, before any of them can be validated, and never change
 * after; a class loaded later adds rules of its own only. So the answer per class, schema and options is
 * remembered, as twenty's server does (twentyhq/twenty#24085). The arrays are only read by class-validator.
 */
export function rememberValidationRules(): void {
  if (remembering) return;
  remembering = true;
  const storage = getMetadataStorage();
  const lookup: RuleLookup = storage.getTargetValidationMetadatas.bind(storage);
  const rulesByClass = new WeakMap<object, Map<string, Rules>>();
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    let byOptions = rulesByClass.get(targetConstructor);
    if (!byOptions) {
      byOptions = new Map();
      rulesByClass.set(targetConstructor, byOptions);
    }
    const key = JSON.stringify([targetSchema, always, strictGroups, groups ?? null]);
    let rules = byOptions.get(key);
    if (!rules) {
      rules = lookup(targetConstructor, targetSchema, always, strictGroups, groups);
      byOptions.set(key, rules);
    }
    return rules;
  };
}
