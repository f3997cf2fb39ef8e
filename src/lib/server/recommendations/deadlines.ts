// Deadlines of a submitted recommendation, as pure functions of its dates and a clock: when it must be acknowledged
// and answered, whether each step was on time, late, or is overdue now. Nothing is stored as "overdue": it follows
// from the dates, so every page and the accountability figures agree at any moment.
import { DAY_MS } from '../clock';
import type { Recommendation } from '../db/schema';

/** How long before a deadline the body's officials are reminded. */
export const REMIND_BEFORE_MS = 3 * DAY_MS;

export function dueDates(submittedAt: number, body: { acknowledge_within_days: number; respond_within_days: number }): { acknowledgeDueAt: number; answerDueAt: number } {
	return { acknowledgeDueAt: submittedAt + body.acknowledge_within_days * DAY_MS, answerDueAt: submittedAt + body.respond_within_days * DAY_MS };
}

/** pending: not due yet; on_time / late: done, before or after its date; overdue: not done and the date has passed. */
export type StepStatus = 'not_started' | 'pending' | 'on_time' | 'late' | 'overdue';

type Dates = Pick<Recommendation, 'status' | 'submitted_at' | 'acknowledge_due_at' | 'answer_due_at' | 'acknowledged_at' | 'answered_at' | 'withdrawn_at'>;

function step(doneAt: number | null, dueAt: number | null, stoppedAt: number | null, now: number): StepStatus {
	if (dueAt === null) return 'not_started';
	if (doneAt !== null) return doneAt <= dueAt ? 'on_time' : 'late';
	// A withdrawn recommendation stops its clocks where they stood.
	const at = stoppedAt ?? now;
	return at > dueAt ? 'overdue' : 'pending';
}

export interface Deadlines {
	acknowledge: StepStatus;
	answer: StepStatus;
	acknowledgeDueAt: number | null;
	answerDueAt: number | null;
	/** Either step is overdue now. */
	overdue: boolean;
	/** The next date the body must meet, for sorting an inbox; null when nothing is due. */
	nextDueAt: number | null;
}

export function deadlines(r: Dates, now = Date.now()): Deadlines {
	const acknowledge = step(r.acknowledged_at, r.acknowledge_due_at, r.withdrawn_at, now);
	const answer = step(r.answered_at, r.answer_due_at, r.withdrawn_at, now);
	const open = r.status === 'submitted' || r.status === 'acknowledged';
	const nextDueAt = !open ? null : r.acknowledged_at === null ? r.acknowledge_due_at : r.answer_due_at;
	return {
		acknowledge,
		answer,
		acknowledgeDueAt: r.acknowledge_due_at,
		answerDueAt: r.answer_due_at,
		overdue: acknowledge === 'overdue' || answer === 'overdue',
		nextDueAt
	};
}

/** Whole days from one moment to another, rounded to one decimal: "acknowledged after 3.5 days". */
export function daysBetween(from: number, to: number): number {
	return Math.round(((to - from) / DAY_MS) * 10) / 10;
}

/** The median of some numbers (null for none): the accountability pages' "median days to answer". */
export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 10) / 10;
}
