import type { AssignmentStatus } from './api/types.ts';

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

/** Today as YYYY-MM-DD in the user's time zone (what a native date input's value and min use). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Due before today, in the user's time zone, and not yet completed or withdrawn. */
export function isOverdue(dueDate: string | null, status: AssignmentStatus, now: Date = new Date()): boolean {
  return dueDate !== null && (status === 'sent' || status === 'opened') && dueDate < today(now);
}
