// The accountability list as CSV, one row per recommendation, in the order the page shows it (overdue first).
// Times are ISO 8601 in UTC; a step is on_time, late, overdue or pending (docs/accountability.md).
import { csvDocument } from '../csv';
import type { AccountabilityItem } from './accountability-schemas';

const HEADER = [
	'id',
	'title',
	'committee',
	'government_body',
	'country',
	'status',
	'overdue',
	'submitted_at',
	'acknowledge_due_at',
	'acknowledged_at',
	'acknowledgement',
	'answer_due_at',
	'answered_at',
	'answer',
	'decision',
	'extensions',
	'responsible_official',
	'withdrawn_at',
	'link'
];

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function accountabilityCsv(items: AccountabilityItem[], origin: string): string {
	return csvDocument(
		HEADER,
		items.map((i) => [
			i.id,
			i.title,
			i.committeeName,
			i.bodyName,
			i.country,
			i.status,
			i.overdue,
			iso(i.submittedAt),
			iso(i.acknowledgeDueAt),
			iso(i.acknowledgedAt),
			i.acknowledge,
			iso(i.answerDueAt),
			iso(i.answeredAt),
			i.answer,
			i.decision,
			i.extensions,
			i.responsibleOfficial,
			iso(i.withdrawnAt),
			`${origin}/recommendations/${i.id}`
		])
	);
}
