import { registerEnumType } from 'type-graphql';

/** How a report reached the office (DOMAIN.md promises 1 and 2). */
export enum ReportChannel {
  HOTLINE_164 = 'HOTLINE_164',
  PHONE_LINE = 'PHONE_LINE',
  INSTITUTION_WALK_IN = 'INSTITUTION_WALK_IN',
  WEB = 'WEB',
}
registerEnumType(ReportChannel, {
  name: 'ReportChannel',
  description: 'How a report reached the office.',
  valuesConfig: {
    HOTLINE_164: { description: 'Crisis Center 164.' },
    PHONE_LINE: { description: "One of the office's phone lines (021-4264680, 021-4265116, ...)." },
    INSTITUTION_WALK_IN: { description: 'In person at an institution, which is a reporting point.' },
    WEB: { description: 'Online, by the reporter themselves.' },
  },
});

/** What a report is about; complaints reach the head of the office, never the accused (promise 3). */
export enum ReportKind {
  CHILD_AT_RISK = 'CHILD_AT_RISK',
  UNRESPONSIVE_OFFICER = 'UNRESPONSIVE_OFFICER',
  FUND_MISUSE = 'FUND_MISUSE',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'What a report is about.',
  valuesConfig: {
    CHILD_AT_RISK: { description: 'A child in danger or need: opens or joins a protection case.' },
    UNRESPONSIVE_OFFICER: { description: 'An officer who did not respond: goes to auditors only.' },
    FUND_MISUSE: { description: 'Aid money misused by an institution or officer: goes to auditors only.' },
  },
});

/** The coarse status a reporter may learn from their tracking code, and nothing more. */
export enum ReportStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'Where a report stands, as the reporter may know it.' });
