/**
 * Calendar arithmetic for the generator on whole days (UTC), so dates never shift with the machine's time
 * zone. A `Day` is the number of days since 1970-01-01.
 */
export type Day = number;

const DAY_MS = 86_400_000;

export function dayOf(isoDate: string): Day {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 09:00 in Jakarta (UTC+7) on that day: when an office record of that day was written. */
export function timestampOn(day: Day): string {
  return `${isoDate(day)}T02:00:00.000Z`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The same calendar date `years` earlier (29 February becomes 28 February). */
export function yearsBefore(day: Day, years: number): Day {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear() - years;
  const month = date.getUTCMonth();
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfMonth)) / DAY_MS);
}

/** Completed years of age on `on` for someone born on `birth`. */
export function ageInYears(birth: Day, on: Day): number {
  const born = new Date(birth * DAY_MS);
  const now = new Date(on * DAY_MS);
  const hadBirthday =
    now.getUTCMonth() > born.getUTCMonth() || (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() >= born.getUTCDate());
  return now.getUTCFullYear() - born.getUTCFullYear() - (hadBirthday ? 0 : 1);
}

/** The first day of the month that `day` falls in. */
export function firstOfMonth(day: Day): Day {
  const date = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

/** DDMMYYYY, as birth certificate numbers print the date. */
export function ddmmyyyy(day: Day): string {
  const [year, month, date] = isoDate(day).split('-');
  return `${date}${month}${year}`;
}
