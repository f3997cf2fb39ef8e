// Date-times as people type them (an <input type="datetime-local"> value) in a committee's time zone, and back.
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { DomainError } from './errors';

const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** "2026-12-01T09:00" in Asia/Bangkok → epoch ms. Throws a DomainError for `field` when it is not a real date-time. */
export function fromLocalInput(value: string, timeZone: string, field: string): number {
	const ms = localPattern.test(value) ? fromZonedTime(value, timeZone).getTime() : NaN;
	if (!Number.isFinite(ms)) throw new DomainError('invalid', 'error_datetime_invalid', {}, field);
	return ms;
}

export function toLocalInput(ms: number, timeZone: string): string {
	return formatInTimeZone(ms, timeZone, "yyyy-MM-dd'T'HH:mm");
}
