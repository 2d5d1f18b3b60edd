/** Calendar arithmetic on YYYY-MM-DD dates (Asia/Jakarta days), kept as text so no timezone can shift them. */
function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

export interface ReportingPeriod {
  periodStart: string;
  periodEnd: string;
}

/**
 * The reporting period of `months` months (1, 2, 3, 4, 6 or 12) that contains `date`. Periods follow the
 * calendar: quarters start in January, April, July and October.
 */
export function periodContaining(date: string, months = 1): ReportingPeriod {
  const [year, month] = parts(date);
  const firstMonth = month - ((month - 1) % months);
  const lastDay = new Date(Date.UTC(year, firstMonth - 1 + months, 0)).getUTCDate();
  return { periodStart: format(year, firstMonth, 1), periodEnd: format(year, firstMonth + months - 1, lastDay) };
}

/** Due date = end of period + grace days. */
export function dueDateOf(period: ReportingPeriod, graceDays: number): string {
  return addDays(period.periodEnd, graceDays);
}

/**
 * The periods of `months` months a companion owes for one assignment, from `from` (or the assignment's
 * start) up to the period containing `until`. A period is owed by whoever is assigned on its last day, or,
 * for the period still running, whoever is assigned now: a reassignment moves the obligations still ahead,
 * never past ones.
 */
export function periodsOwed(assignment: { startedOn: string; endedOn: string | null }, from: string, until: string, months = 1): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  const first = assignment.startedOn > from ? assignment.startedOn : from;
  for (let period = periodContaining(first, months); period.periodStart <= until; period = periodContaining(addDays(period.periodEnd, 1), months)) {
    const ownerDay = period.periodEnd < until ? period.periodEnd : until;
    const assigned = assignment.startedOn <= ownerDay && (assignment.endedOn === null || assignment.endedOn > ownerDay);
    if (assigned) periods.push(period);
  }
  return periods;
}
