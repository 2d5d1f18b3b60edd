import type { FilterQuery } from '@mikro-orm/core';
import { StaffRole } from '../shared/auth/roles';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors/domain-error';
import type { RequestContext } from '../shared/request-context';
import { ProfileFieldDefinition, ProfileFieldType } from './profile-field.entity';

export interface ProfileFieldDefinitionInput {
  key: string;
  labelId: string;
  labelEn: string;
  type: ProfileFieldType;
  choices?: string[];
  required?: boolean;
  readRoles: StaffRole[];
  writeRoles: StaffRole[];
}

/** Admins add profile fields at run time; fields are retired, never deleted, so stored values stay explainable. */
export class ProfileFieldService {
  constructor(private readonly context: RequestContext) {}

  /** Administrators see every definition; others the active ones they may read. */
  async list(): Promise<ProfileFieldDefinition[]> {
    const { actor } = this.context;
    const where: FilterQuery<ProfileFieldDefinition> = {};
    if (!(actor.kind === 'STAFF' && actor.roles.includes(StaffRole.ADMIN)) && actor.kind !== 'SYSTEM') {
      where.active = true;
      where.readRoles = { $overlap: actor.kind === 'STAFF' ? [...actor.roles] : [] };
    }
    return this.context.em.find(ProfileFieldDefinition, where, { orderBy: { key: 'asc' } });
  }

  async define(input: ProfileFieldDefinitionInput): Promise<ProfileFieldDefinition> {
    const choices = [...new Set((input.choices ?? []).map((choice) => choice.trim()).filter(Boolean))];
    if (input.type === ProfileFieldType.CHOICE && choices.length < 2) {
      throw new BadUserInputError('A CHOICE field needs at least two choices.', { field: 'choices' });
    }
    if (input.type !== ProfileFieldType.CHOICE && choices.length) {
      throw new BadUserInputError('Only CHOICE fields have choices.', { field: 'choices' });
    }
    const writersWhoCannotRead = input.writeRoles.filter((role) => !input.readRoles.includes(role));
    if (writersWhoCannotRead.length) {
      throw new BadUserInputError(`Roles that write a field must read it too: ${writersWhoCannotRead.join(', ')}.`, { field: 'writeRoles' });
    }
    if (await this.context.em.count(ProfileFieldDefinition, { key: input.key })) {
      throw new ConflictError(`A profile field with key "${input.key}" already exists (retired fields keep their key).`, { field: 'key' });
    }
    const definition = this.context.em.create(ProfileFieldDefinition, {
      key: input.key,
      labelId: input.labelId.trim(),
      labelEn: input.labelEn.trim(),
      type: input.type,
      choices,
      required: input.required ?? false,
      readRoles: [...new Set(input.readRoles)],
      writeRoles: [...new Set(input.writeRoles)],
    });
    await this.context.em.flush();
    return definition;
  }

  async retire(key: string): Promise<ProfileFieldDefinition> {
    const definition = await this.context.em.findOne(ProfileFieldDefinition, { key });
    if (!definition) throw new NotFoundError('profile field', key);
    if (!definition.active) throw new ConflictError(`Profile field "${key}" is already retired.`);
    definition.active = false;
    await this.context.em.flush();
    return definition;
  }
}
