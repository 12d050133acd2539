/** Long dates in the locale, e.g. "24. desember 2026" (nb-NO) or "24 December 2026" (en-GB). */
export function longDateFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

/** Formats a moment (ISO timestamp) as its date in the user's time zone; '' when it does not parse. */
export function formatTimestamp(locale: string, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : longDateFormat(locale).format(date);
}

/**
 * Formats a calendar date (YYYY-MM-DD) as written, without a time zone shifting it a day.
 * '' when it is not a date.
 */
export function formatCalendarDate(locale: string, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? '' : longDateFormat(locale, 'UTC').format(date);
}

// Due dates are Norwegian calendar dates, judged by the host in Europe/Oslo; en-CA writes dates as YYYY-MM-DD.
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today as YYYY-MM-DD in Oslo, the day the host counts from (for a date input's min and the past-date check). */
export function today(now: Date = new Date()): string {
  return osloDate.format(now);
}
