import { ProfileFieldDefinition, ProfileFieldType } from '../profile-fields/profile-field.entity';
import type { Actor } from '../shared/auth/actor';
import { BadUserInputError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import type { CustomFieldValues } from './child.entity';

export type ProfileFieldAccess = 'read' | 'write';

function mayUse(actor: Actor, definition: ProfileFieldDefinition, access: ProfileFieldAccess): boolean {
  if (actor.kind === 'SYSTEM') return true;
  if (actor.kind !== 'STAFF') return false;
  const roles = access === 'read' ? definition.readRoles : definition.writeRoles;
  return actor.roles.some((role) => roles.includes(role));
}

/** The active definitions, read once per request. */
async function activeDefinitions(context: RequestContext): Promise<ProfileFieldDefinition[]> {
  const loader = context.loaders.get<'active', ProfileFieldDefinition[]>('profile-field-definitions', async (keys) => {
    const definitions = await context.em.find(ProfileFieldDefinition, { active: true }, { orderBy: { key: 'asc' } });
    return keys.map(() => definitions);
  });
  return loader.load('active');
}

export async function readableFieldDefinitions(context: RequestContext): Promise<ProfileFieldDefinition[]> {
  return (await activeDefinitions(context)).filter((definition) => mayUse(context.actor, definition, 'read'));
}

export interface CustomFieldInputValue {
  key: string;
  /** The value as text; null clears it. */
  value: string | null;
}

/**
 * Checks given values against their definitions and the caller's write rights, and returns the
 * merged values. Required fields must end up with a value. Errors name the field.
 */
export async function applyCustomFieldValues(
  context: RequestContext,
  current: CustomFieldValues,
  given: readonly CustomFieldInputValue[],
): Promise<CustomFieldValues> {
  const definitions = await activeDefinitions(context);
  const merged: CustomFieldValues = { ...current };
  for (const { key, value } of given) {
    const definition = definitions.find((candidate) => candidate.key === key);
    if (!definition || !mayUse(context.actor, definition, 'write')) {
      throw new BadUserInputError(`There is no profile field "${key}" you may write.`, { field: `customFields.${key}` });
    }
    if (value === null || value === '') delete merged[key];
    else merged[key] = parseValue(definition, value);
  }
  for (const definition of definitions) {
    if (definition.required && merged[definition.key] === undefined) {
      throw new BadUserInputError(`Profile field "${definition.key}" (${definition.labelEn}) is required.`, { field: `customFields.${definition.key}` });
    }
  }
  return merged;
}

function parseValue(definition: ProfileFieldDefinition, text: string): string | number | boolean {
  const field = `customFields.${definition.key}`;
  switch (definition.type) {
    case ProfileFieldType.TEXT:
      if (text.length > 2000) throw new BadUserInputError(`${definition.key} must be at most 2000 characters.`, { field });
      return text;
    case ProfileFieldType.NUMBER: {
      const number = Number(text);
      if (!Number.isFinite(number)) throw new BadUserInputError(`${definition.key} must be a number.`, { field });
      return number;
    }
    case ProfileFieldType.DATE:
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
        throw new BadUserInputError(`${definition.key} must be a date as YYYY-MM-DD.`, { field });
      }
      return text;
    case ProfileFieldType.BOOLEAN:
      if (text !== 'true' && text !== 'false') throw new BadUserInputError(`${definition.key} must be true or false.`, { field });
      return text === 'true';
    case ProfileFieldType.CHOICE:
      if (!definition.choices.includes(text)) {
        throw new BadUserInputError(`${definition.key} must be one of: ${definition.choices.join(', ')}.`, { field });
      }
      return text;
  }
}
