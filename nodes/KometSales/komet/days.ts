/** Calendar days as Komet takes them, `YYYY-MM-DD`: counted, and read in a time zone. */
export const DAY_MS = 86_400_000;

/** The day `days` after (or before) `day`. */
export const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The calendar day of `time` in a time zone (the workflow's: what "today" means to its user). */
export function dayIn(timeZone: string, time: number): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
}
