/** Calendar dates as the people using the portal see them: due dates and "today" are in Norwegian local time. */
const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Europe/Oslo as YYYY-MM-DD. */
export function osloToday(nowMs: number): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => OSLO_PARTS.formatToParts(nowMs).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A real date written YYYY-MM-DD (so 2026-02-30 is refused). YYYY-MM-DD strings compare correctly as text. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
