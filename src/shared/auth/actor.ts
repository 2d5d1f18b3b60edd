import type { JakartaArea, StaffRole } from './roles';

/** Anyone without a token: may report and read public figures, nothing else. */
export interface PublicActor {
  kind: 'PUBLIC';
}

/** A signed-in staff member, as the database says now or said a moment ago (`ActorCache`), never as the token said when it was issued. */
export interface StaffActor {
  kind: 'STAFF';
  staffAccountId: string;
  roles: readonly StaffRole[];
  area: JakartaArea | null;
  institutionId: string | null;
  workerId: string | null;
}

/** An operator at the command line (`lindungi staff create`): trusted, and recorded as such. */
export interface SystemActor {
  kind: 'SYSTEM';
  label: string;
}

export type Actor = PublicActor | StaffActor | SystemActor;

export const PUBLIC_ACTOR: PublicActor = Object.freeze({ kind: 'PUBLIC' });

export function hasRole(actor: Actor, role: StaffRole): boolean {
  return actor.kind === 'STAFF' && actor.roles.includes(role);
}

/**
 * What rules of reach by role and area look at: the roles, the area, and the worker and institution records
 * (the last two for the rules of caseloads and institutions). Two accounts with the same key are alike to
 * such a rule; the account itself is left out, so the supervisors of one area are alike.
 */
export function accessProfileKey(actor: Actor): string {
  if (actor.kind !== 'STAFF') return actor.kind;
  return JSON.stringify([actor.kind, [...actor.roles].sort(), actor.area, actor.workerId, actor.institutionId]);
}
