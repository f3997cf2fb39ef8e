// Input schemas for the account forms and API.
import { z } from 'zod';
import { anyPassword, country, email, newPassword, optionalEmail, requiredText, wholeNumber } from '../schemas';

export const signInSchema = z.object({ email, password: anyPassword });

export const passwordResetRequestSchema = z.object({ email });

export const passwordResetSchema = z
	.object({ password: newPassword, confirm: z.string() })
	.refine((v) => v.password === v.confirm, { error: 'error_passwords_differ', path: ['confirm'] });

export const changePasswordSchema = z
	.object({ currentPassword: anyPassword, newPassword, confirm: z.string() })
	.refine((v) => v.newPassword === v.confirm, { error: 'error_passwords_differ', path: ['confirm'] });

export const signUpSchema = z.object({
	displayName: requiredText(100),
	realName: requiredText(120),
	email,
	password: newPassword,
	birthYear: wholeNumber(1900, 2200),
	birthMonth: wholeNumber(1, 12),
	country,
	guardianEmail: optionalEmail
});

export const localeSchema = z.object({ locale: z.string().max(20).optional().transform((v) => v || null) });

export const staffSchema = z.object({
	kind: z.enum(['facilitator', 'official', 'admin'], { error: 'error_invalid_value' }),
	email,
	realName: requiredText(120),
	displayName: requiredText(100),
	country,
	committeeId: z.string().optional().transform((v) => v || undefined),
	bodyId: z.string().optional().transform((v) => v || undefined)
});
