// Words and numbers for the public accountability record (statuses, deadline steps, decisions, percentages), shared
// by its pages and components. The figures' definitions: docs/accountability.md.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { numberFormat } from '$lib/format';

export type {
	AccountabilityBody,
	AccountabilityFigures,
	AccountabilityItem,
	AccountabilityReport,
	AccountabilityStatus,
	BodyAccountabilityReport
} from '$lib/server/recommendations/accountability-schemas';
export type { AccountabilityChoices } from '$lib/server/recommendations/accountability';

export const STATUSES = ['submitted', 'acknowledged', 'answered', 'withdrawn', 'overdue'] as const;
export const DECISIONS = ['accepted', 'partially_accepted', 'not_accepted', 'more_time'] as const;

export function statusLabel(status: string): string {
	if (status === 'submitted') return m.accountability_status_submitted();
	if (status === 'acknowledged') return m.accountability_status_acknowledged();
	if (status === 'answered') return m.accountability_status_answered();
	if (status === 'withdrawn') return m.accountability_status_withdrawn();
	return m.accountability_status_overdue();
}

/** Where one deadline stands: not due yet, done on time, done late, or overdue; a withdrawal stops the clock. */
export function stepLabel(step: string, withdrawn = false): string {
	if (step === 'on_time') return m.accountability_step_on_time();
	if (step === 'late') return m.accountability_step_late();
	if (step === 'overdue') return withdrawn ? m.accountability_step_overdue_withdrawn() : m.accountability_step_overdue();
	return withdrawn ? m.accountability_step_stopped() : m.accountability_step_pending();
}

export function decisionLabel(decision: string): string {
	if (decision === 'accepted') return m.accountability_decision_accepted();
	if (decision === 'partially_accepted') return m.accountability_decision_partially_accepted();
	if (decision === 'not_accepted') return m.accountability_decision_not_accepted();
	return m.accountability_decision_more_time();
}

/** "50 %" for 50; "Nothing due yet" when nothing was counted. */
export function percentLabel(percent: number | null): string {
	return percent === null ? m.accountability_share_none() : numberFormat(getLocale(), 'percent').format(percent / 100);
}

/** "27.5" (days); "None yet" when nothing was done. */
export function daysLabel(days: number | null): string {
	return days === null ? m.accountability_none_yet() : numberFormat(getLocale(), 'decimal').format(days);
}
