// Input schemas for the committee's recommendation forms. Lengths and references are checked by the services, so
// every door (page, API) gives the same message; these only shape what a form sends.
import { z } from 'zod';
import { id } from '../schemas';

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
