/** What happened to a staff account; subscribers load the account itself. */
export enum StaffAccountChange {
  CREATED = 'CREATED',
  ACCESS_CHANGED = 'ACCESS_CHANGED',
  DEACTIVATED = 'DEACTIVATED',
  REACTIVATED = 'REACTIVATED',
}

export interface StaffAccountChangedEvent {
  staffAccountId: string;
  change: StaffAccountChange;
}

export const STAFF_ACCOUNT_CHANGED = 'STAFF_ACCOUNT_CHANGED';

declare module '../shared/events/domain-events' {
  interface DomainEventMap {
    [STAFF_ACCOUNT_CHANGED]: StaffAccountChangedEvent;
  }
}
