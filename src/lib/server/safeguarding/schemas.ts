// Input schemas for moderation decisions.
import { z } from 'zod';
import { country, id, optionalText, requiredText } from '../schemas';

export const decisionSchema = z.object({
	commentId: z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }),
	action: z.enum(['approve', 'hide', 'remove', 'redact', 'escalate'], { error: 'error_invalid_value' }),
	reason: z.string().max(500, { error: 'error_too_long' }).optional().transform((v) => v?.trim() ?? '')
});

export const concernNoteSchema = z.object({
	status: z.enum(['new', 'in_progress', 'referred', 'closed'], { error: 'error_invalid_value' }),
	note: z.string().max(5000, { error: 'error_too_long' }).optional().transform((v) => v?.trim() ?? '')
});

export const reportSchema = z.object({
	commentId: z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }),
	reason: z.enum(['personal_info', 'bullying', 'unsafe', 'other'], { error: 'error_report_reason_required' })
});

const webAddress = (max: number) => z.string().trim().max(max, { error: 'error_too_long' }).pipe(z.url({ protocol: /^https?$/, error: 'error_url_invalid' }));

export const helplineSchema = z.object({
	id: id.optional().or(z.literal('').transform(() => undefined)),
	country,
	name: requiredText(160),
	// As the helpline writes it: digits, spaces, "+", "-", "(", ")".
	phone: requiredText(40).pipe(z.string().regex(/^[+0-9][0-9 ()-]*$/, { error: 'error_phone_invalid' })),
	url: z.string().trim().max(300, { error: 'error_too_long' }).optional().transform((v) => v || null).pipe(z.url({ protocol: /^https?$/, error: 'error_url_invalid' }).nullable()),
	hours: optionalText(120),
	sourceUrl: webAddress(500)
});

export const helplineRefSchema = z.object({ id });

export const sanctionSchema = z.object({
	userId: id,
	kind: z.enum(['mute', 'suspend'], { error: 'error_invalid_value' }),
	period: z.enum(['hour', 'day', 'week', 'month', 'until_lifted'], { error: 'error_invalid_value' }),
	reason: requiredText(500)
});

export const liftSanctionSchema = z.object({ sanctionId: id, reason: requiredText(500) });

export const reviewRequestSchema = z.object({ text: requiredText(2000) });

export const committeeWordSchema = z.object({ locale: z.string().regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' }), phrase: requiredText(60) });

export const committeeWordRefSchema = z.object({ wordId: id });
