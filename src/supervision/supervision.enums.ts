import { registerEnumType } from 'type-graphql';

/** Whether an availability slot repeats every week or is one date only. */
export enum AvailabilityRecurrence {
  WEEKLY = 'WEEKLY',
  ONE_OFF = 'ONE_OFF',
}
registerEnumType(AvailabilityRecurrence, {
  name: 'AvailabilityRecurrence',
  description: 'Whether an expert availability slot repeats every week or is one date only.',
  valuesConfig: {
    WEEKLY: { description: 'Every week on the given weekday, at the given Asia/Jakarta times.' },
    ONE_OFF: { description: 'On one date only, at the given Asia/Jakarta times.' },
  },
});

/** The kinds of supervision session (DOMAIN.md promise 8). */
export enum SupervisionSessionKind {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
  CASE_CONFERENCE = 'CASE_CONFERENCE',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(SupervisionSessionKind, {
  name: 'SupervisionSessionKind',
  description: 'What kind of supervision or assistance (asistensi) a session is.',
  valuesConfig: {
    INDIVIDUAL: { description: 'One worker or companion with the expert.' },
    GROUP: { description: 'Several workers or companions with the expert.' },
    CASE_CONFERENCE: { description: 'A conference about particular cases or children.' },
    COMMUNITY: { description: 'Assistance for active community members.' },
  },
});

/** Where a session stands. */
export enum SupervisionSessionStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(SupervisionSessionStatus, {
  name: 'SupervisionSessionStatus',
  description: 'Where a supervision session stands.',
  valuesConfig: {
    PROPOSED: { description: 'Requested by a supervisor or companion; waits for the expert to confirm.' },
    CONFIRMED: { description: 'Confirmed by the expert.' },
    HELD: { description: 'Took place; attendance, notes and follow-ups are recorded.' },
    CANCELLED: { description: 'Cancelled, with a reason; its time is free again.' },
    NO_SHOW: { description: 'Nobody came (recorded by the expert).' },
  },
});

/** What happened to a session, as pushed to its people. */
export enum SupervisionSessionChange {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(SupervisionSessionChange, {
  name: 'SupervisionSessionChange',
  description: 'What happened to a supervision session.',
  valuesConfig: {
    REQUESTED: { description: 'The session was requested.' },
    CONFIRMED: { description: 'The expert confirmed it.' },
    CANCELLED: { description: 'It was cancelled.' },
    HELD: { description: 'Its outcome was recorded.' },
    NO_SHOW: { description: 'It was recorded as a no-show.' },
  },
});

/** What a companion could say about the child in a spot check (DOMAIN.md promise 5). */
export enum SpotCheckOutcome {
  KNOWS = 'KNOWS',
  PARTLY = 'PARTLY',
  DOES_NOT_KNOW = 'DOES_NOT_KNOW',
}
registerEnumType(SpotCheckOutcome, {
  name: 'SpotCheckOutcome',
  description: "How well the companion could say how the child is doing.",
  valuesConfig: {
    KNOWS: { description: "The companion knows how the child is doing; lifts an earlier spot check's aid suspension." },
    PARTLY: { description: 'The companion knows part of it; recorded, nothing is suspended.' },
    DOES_NOT_KNOW: { description: "The companion cannot say how the child is doing: the child's aid grants are suspended (SPOT_CHECK)." },
  },
});
