/** The calendar day (YYYY-MM-DD) in Asia/Jakarta at an instant: the office's day, whatever the server's timezone. */
export function jakartaDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(instant);
}
