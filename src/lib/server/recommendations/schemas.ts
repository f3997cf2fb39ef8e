// Input schemas for recommendation forms: the committee's (draft, edit, adoption vote, decisions, sending,
// feedback, questions) and the government's (acknowledge, answer, progress, replies), and the admin's decision on
// more time. Lengths, references and rules with a reason (the four decisions, dates, required actions) are checked
// by the services, so a page, the API and a test get the same message for the same mistake.
import { z } from 'zod';
import { id } from '../schemas';
import { ACTION_ROW } from '../../answer-form';

/** Free text the service checks (required, length): here only a cap on what a form may carry. */
const text = z.string().max(50_000, { error: 'error_too_long' }).optional().transform((v) => v ?? '');
const localDateTime = z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(25, { error: 'error_datetime_invalid' });

export const draftSchema = z.object({
	title: text,
	body: text,
	rationale: text,
	bodyId: z.string({ error: 'error_required' }).min(1, { error: 'error_required' }).max(40, { error: 'error_invalid_value' })
});

export const editSchema = draftSchema.extend({ baseVersion: z.coerce.number({ error: 'error_invalid_value' }).int({ error: 'error_invalid_value' }).min(0, { error: 'error_invalid_value' }) });

export const adoptionSchema = z.object({
	opensAt: localDateTime,
	closesAt: localDateTime,
	quorumPercent: z.coerce.number({ error: 'error_ballot_quorum' }).refine(Number.isFinite, { error: 'error_ballot_quorum' }),
	threshold: z.enum(['majority', 'two_thirds'], { error: 'error_invalid_value' }),
	secret: z.string().optional().transform((v) => v === 'yes')
});

export const decisionSchema = z.object({
	id,
	decision: z.enum(['approve', 'reject'], { error: 'error_invalid_value' }).transform((v) => v === 'approve'),
	reason: text
});

export const reasonSchema = z.object({ reason: text });

export const submitSchema = z.object({ note: text });

export const feedbackSchema = z.object({
	understood: z.enum(['yes', 'no'], { error: 'error_choose_one' }).transform((v) => v === 'yes'),
	answersIt: z.enum(['yes', 'partly', 'no'], { error: 'error_choose_one' })
});

export const questionSchema = z.object({ body: text });

// The government's side.
const optionalId = z
	.string()
	.optional()
	.transform((v) => v || null)
	.pipe(z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }).nullable());

export const inboxFilterSchema = z.object({
	status: z.enum(['submitted', 'acknowledged', 'answered', 'withdrawn']).nullable().catch(null)
});

export const acknowledgeSchema = z.object({ responsibleOfficial: text });

function actionRows(raw: Record<string, unknown>): { description: string; targetDate: string }[] {
	const rows = new Map<number, { description: string; targetDate: string }>();
	for (const [key, value] of Object.entries(raw)) {
		const match = ACTION_ROW.exec(key);
		if (!match || typeof value !== 'string') continue;
		const row = rows.get(Number(match[1])) ?? { description: '', targetDate: '' };
		if (match[2] === 'description') row.description = value;
		else row.targetDate = value;
		rows.set(Number(match[1]), row);
	}
	return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export const answerSchema = z.preprocess(
	(raw) => (typeof raw === 'object' && raw !== null ? { ...raw, actions: actionRows(raw as Record<string, unknown>) } : raw),
	z.object({
		decision: z.string().max(40, { error: 'error_decision_invalid' }).optional().transform((v) => v ?? ''),
		rationale: text,
		newDueDate: z.string().max(20, { error: 'error_date_invalid' }).optional().transform((v) => v?.trim() || null),
		actions: z.array(z.object({ description: z.string().max(50_000, { error: 'error_too_long' }), targetDate: z.string().max(20, { error: 'error_date_invalid' }) }))
	})
);

export const progressSchema = z.object({
	actionId: optionalId,
	actionStatus: z.string().max(20, { error: 'error_invalid_value' }).optional().transform((v) => v || null),
	body: text
});

export const replySchema = z.object({ questionId: id, reply: text });

export const extensionDecisionSchema = z.object({
	responseId: id,
	approve: z.enum(['yes', 'no'], { error: 'error_invalid_value' }).transform((v) => v === 'yes'),
	reason: text
});
