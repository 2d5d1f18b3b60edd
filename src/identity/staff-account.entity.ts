import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/database/base.entity';
import { JakartaArea, StaffRole } from '../shared/auth/roles';
import { ConflictError, BadUserInputError } from '../shared/errors/domain-error';

export interface StaffAccountDetails {
  email: string;
  displayName: string;
  roles: StaffRole[];
  area?: JakartaArea | null;
  institutionId?: string | null;
  workerId?: string | null;
  externalSubject?: string | null;
}

/**
 * A person who signs in to Lindungi. The token only names the account; roles and scope are read from
 * here on every request, so a change or a deactivation takes effect at once.
 */
@Entity({ tableName: 'staff_account' })
@ObjectType({ description: 'A staff member who signs in to Lindungi, with the roles and scope the office gave them.' })
export class StaffAccount extends BaseEntity {
  @Field(() => String, { description: 'Sign-in e-mail address, stored in lower case.' })
  @Property({ type: 'string', unique: true })
  email: string;

  @Field(() => String, { description: "The person's name as shown in the app." })
  @Property({ type: 'string' })
  displayName: string;

  @Field(() => [StaffRole], { description: 'What the person does at the office, and so what they may do here; at least one, in alphabetical order.' })
  @Enum({ items: () => StaffRole, array: true, nativeEnumName: 'staff_role' })
  roles: StaffRole[];

  @Field(() => JakartaArea, { nullable: true, description: 'The area this person works in, when their work is bound to one.' })
  @Enum({ items: () => JakartaArea, nullable: true, nativeEnumName: 'jakarta_area' })
  area: JakartaArea | null = null;

  @Field(() => ID, { nullable: true, description: 'The institution this person works for (institution staff).' })
  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The worker profile behind this account (registry).' })
  @Property({ type: 'uuid', nullable: true })
  workerId: string | null = null;

  /** The `sub` an external identity provider puts in its tokens for this person, when one is used. */
  @Property({ type: 'string', nullable: true, unique: true })
  externalSubject: string | null = null;

  @Field(() => Boolean, { description: 'False once deactivated: the account is refused everywhere and its live feeds are closed.' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => Date, { nullable: true, description: 'When the account was deactivated (ISO 8601 date-time in UTC); null while active.' })
  @Property({ type: 'datetime', nullable: true })
  deactivatedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the account was deactivated; null while active.' })
  @Property({ type: 'text', nullable: true })
  deactivationReason: string | null = null;

  /** Who deactivated it: a staff account id, or `system:<label>` for the command line. */
  @Property({ type: 'string', nullable: true })
  deactivatedBy: string | null = null;

  constructor(details: StaffAccountDetails) {
    super();
    this.email = normaliseEmail(details.email);
    this.displayName = details.displayName.trim();
    this.roles = uniqueRoles(details.roles);
    this.area = details.area ?? null;
    this.institutionId = details.institutionId ?? null;
    this.workerId = details.workerId ?? null;
    this.externalSubject = details.externalSubject?.trim() || null;
  }

  /** New roles and scope; they apply from the account's next request. */
  changeAccess(access: Pick<StaffAccountDetails, 'roles' | 'area' | 'institutionId' | 'workerId'>): void {
    this.roles = uniqueRoles(access.roles);
    this.area = access.area ?? null;
    this.institutionId = access.institutionId ?? null;
    this.workerId = access.workerId ?? null;
  }

  deactivate(reason: string, deactivatedBy: string): void {
    if (!this.active) throw new ConflictError(`Staff account ${this.email} is already deactivated.`);
    const trimmed = reason.trim();
    if (!trimmed) throw new BadUserInputError('Give a reason for the deactivation.', { field: 'reason' });
    this.active = false;
    this.deactivatedAt = new Date();
    this.deactivationReason = trimmed;
    this.deactivatedBy = deactivatedBy;
  }

  reactivate(): void {
    if (this.active) throw new ConflictError(`Staff account ${this.email} is already active.`);
    this.active = true;
    this.deactivatedAt = null;
    this.deactivationReason = null;
    this.deactivatedBy = null;
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function uniqueRoles(roles: StaffRole[]): StaffRole[] {
  if (roles.length === 0) throw new BadUserInputError('A staff account needs at least one role.', { field: 'roles' });
  return [...new Set(roles)].sort();
}
