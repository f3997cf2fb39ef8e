// Recommendations in the reader's language: statuses, the body's decision in plain words, whether a deadline was met,
// and committed actions' progress. Shared by the official's, the committee's and the public pages.
import { m } from '$lib/paraglide/messages';
import { dateTimeFormat } from '$lib/format';
import type { ActionStatus, Decision, RecommendationStatus } from '$lib/server/db/schema';
import type { StepStatus } from '$lib/server/recommendations/deadlines';

export type { ActionStatus, Decision, RecommendationStatus, StepStatus };

export function statusLabel(status: RecommendationStatus): string {
	switch (status) {
		case 'draft':
			return m.rec_status_draft();
		case 'voting':
			return m.rec_status_voting();
		case 'adopted':
			return m.rec_status_adopted();
		case 'submitted':
			return m.rec_status_submitted();
		case 'acknowledged':
			return m.rec_status_acknowledged();
		case 'answered':
			return m.rec_status_answered();
		default:
			return m.rec_status_withdrawn();
	}
}

/** The decision as a young person would say it: what the body will do about the recommendation. */
export function decisionInPlainWords(decision: Decision): string {
	switch (decision) {
		case 'accepted':
			return m.decision_plain_accepted();
		case 'partially_accepted':
			return m.decision_plain_partially_accepted();
		case 'not_accepted':
			return m.decision_plain_not_accepted();
		default:
			return m.decision_plain_more_time();
	}
}

/** The short name of a decision, for the official's choice. */
export function decisionLabel(decision: Decision): string {
	switch (decision) {
		case 'accepted':
			return m.decision_accepted();
		case 'partially_accepted':
			return m.decision_partially_accepted();
		case 'not_accepted':
			return m.decision_not_accepted();
		default:
			return m.decision_more_time();
	}
}

export function stepLabel(step: StepStatus): string {
	switch (step) {
		case 'on_time':
			return m.step_on_time();
		case 'late':
			return m.step_late();
		case 'overdue':
			return m.step_overdue();
		default:
			return m.step_pending();
	}
}

export function actionStatusLabel(status: ActionStatus): string {
	switch (status) {
		case 'committed':
			return m.action_status_committed();
		case 'in_progress':
			return m.action_status_in_progress();
		case 'done':
			return m.action_status_done();
		default:
			return m.action_status_dropped();
	}
}

/** A committed action's target day (YYYY-MM-DD, a calendar date) in the reader's words, whatever their time zone. */
export function formatDay(day: string, locale: string): string {
	const at = new Date(`${day}T12:00:00Z`);
	return Number.isNaN(at.getTime()) ? day : dateTimeFormat(locale, 'UTC', 'date').format(at);
}

/** What happens next, in words a 12-year-old reads: shown at the top of a recommendation's page. */
export function nextStep(status: RecommendationStatus): string {
	switch (status) {
		case 'draft':
			return m.rec_next_draft();
		case 'voting':
			return m.rec_next_voting();
		case 'adopted':
			return m.rec_next_adopted();
		case 'submitted':
			return m.rec_next_submitted();
		case 'acknowledged':
			return m.rec_next_acknowledged();
		case 'answered':
			return m.rec_next_answered();
		case 'withdrawn':
			return m.rec_next_withdrawn();
	}
}
