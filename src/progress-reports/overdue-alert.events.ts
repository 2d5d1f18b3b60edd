/** Published after the commit of alerts; subscribers read the alert rows after their last sequence. */
export const OVERDUE_REPORT_ALERT_RAISED = 'OVERDUE_REPORT_ALERT_RAISED';

export interface OverdueReportAlertRaised {
  /** The highest sequence the committing transaction wrote. */
  sequence: string;
}

declare module '../shared/events/domain-events' {
  interface DomainEventMap {
    [OVERDUE_REPORT_ALERT_RAISED]: OverdueReportAlertRaised;
  }
}

/** Alert writers serialise on this advisory lock, so alert sequences are committed in order. */
export const ALERT_WRITER_LOCK = 164_0002;

/** Closing a period (writing its obligations) is done by one instance at a time. */
export const PERIOD_CLOSING_LOCK = 164_0003;
