// Input schemas for moderation decisions.
import { z } from 'zod';

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
