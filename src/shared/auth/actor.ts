import type { JakartaArea, StaffRole } from './roles';

/** Anyone without a token: may report and read public figures, nothing else. */
export interface PublicActor {
  kind: 'PUBLIC';
}

/** A signed-in staff member, as the database says now (not as the token said when it was issued). */
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
