// Input schemas for the government side of a recommendation (acknowledge, answer, progress, replies) and the admin's
// decision on more time. Rules with a reason (the four decisions, dates, required actions) are checked by the
// service, so a page, the API and a test get the same message for the same mistake.
import { z } from 'zod';
import { id } from '../schemas';
import { ACTION_ROW } from '../../answer-form';

/** Free text the service checks (required, length): here only a cap on what a form may carry. */
const text = z.string().max(50_000, { error: 'error_too_long' }).optional().transform((v) => v ?? '');

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
