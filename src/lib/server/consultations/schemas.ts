// Input schemas for consultations, sections and comments.
import { z } from 'zod';
import { optionalText, requiredText } from '../schemas';
import { DomainError } from '../errors';
import { MAX_DRAFT_CHARS } from './split-draft';

const optionalId = z
	.string()
	.optional()
	.transform((v) => v || null)
	.pipe(z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }).nullable());

const localDateTime = z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(25, { error: 'error_datetime_invalid' });

export const consultationSchema = z.object({
	title: requiredText(200),
	summary: requiredText(2000),
	bodyId: optionalId,
	guidingQuestions: z.string().max(3000, { error: 'error_too_long' }).optional().transform((v) => v?.trim() ?? ''),
	opensAt: localDateTime,
	closesAt: localDateTime
});

export const draftSchema = z.object({ draft: z.string().max(MAX_DRAFT_CHARS, { error: 'error_draft_too_long' }).optional().transform((v) => v ?? '') });

export const sectionSchema = z.object({
	sectionId: z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }),
	number: optionalText(20),
	heading: z.string().max(300, { error: 'error_too_long' }).optional().transform((v) => v?.trim() ?? ''),
	body: z.string().max(50_000, { error: 'error_too_long' }).optional().transform((v) => v?.trim() ?? ''),
	explanation: optionalText(5000)
});

export const sectionRefSchema = z.object({ sectionId: optionalId });

export const commentSchema = z.object({
	body: z.string({ error: 'error_comment_empty' }).max(20_000, { error: 'error_comment_too_long' }),
	sectionId: optionalId,
	parentId: optionalId
});

export const editCommentSchema = z.object({
	commentId: z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }),
	body: z.string({ error: 'error_comment_empty' }).max(20_000, { error: 'error_comment_too_long' })
});

export const commentRefSchema = z.object({ commentId: z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }) });

export const toggleSchema = z.object({ on: z.enum(['yes', 'no'], { error: 'error_invalid_value' }).transform((v) => v === 'yes') });

/** Reads an uploaded .txt or .md draft; the pasted text wins when both are given. */
export async function draftFromForm(form: FormData, pasted: string): Promise<string> {
	const file = form.get('draftFile');
	if (pasted.trim() || !(file instanceof File) || file.size === 0) return pasted;
	if (file.size > MAX_DRAFT_CHARS * 4) throw new DomainError('too_large', 'error_draft_too_long', {}, 'draft');
	return (await file.text()).replace(/^\uFEFF/, '');
}
