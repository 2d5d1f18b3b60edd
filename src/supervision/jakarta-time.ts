/** Asia/Jakarta (WIB) is UTC+7 all year, with no daylight saving time since 1964. */
export const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface JakartaWallTime {
  /** YYYY-MM-DD */
  date: string;
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  weekday: number;
  /** Minutes since midnight (with a fraction for seconds). */
  minutes: number;
}

/** The Asia/Jakarta wall time of an instant. */
export function jakartaWallTime(instant: Date): JakartaWallTime {
  const wall = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(),
    minutes: (wall.getTime() - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate())) / 60_000,
  };
}

/** Minutes since midnight of an `HH:MM` time, or null when it is not one (24:00 is the end of the day). */
export function minutesOf(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) ?? (time === '24:00' ? ['', '24', '00'] : null);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * A Date whose local fields (getHours(), ...) show the Asia/Jakarta wall time of `instant`, whatever the
 * server's timezone: what ical-generator reads when it writes a time with TZID=Asia/Jakarta.
 */
export function asJakartaLocalFields(instant: Date): Date {
  const wall = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  return new Date(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
}
