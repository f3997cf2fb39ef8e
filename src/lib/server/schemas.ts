// Building blocks shared by the input schemas. Error texts are Paraglide message names (see kit/forms.ts).
import { z } from 'zod';
import { isCountry } from '../countries';
import { PASSWORD_MAX, PASSWORD_MIN } from './auth/password';

export const requiredText = (max: number) =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(max, { error: 'error_too_long' });

export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: 'error_too_long' })
		.optional()
		.transform((v) => v || null);

export const email = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(254, { error: 'error_too_long' })
	.pipe(z.email({ error: 'error_email_invalid' }));

export const optionalEmail = z
	.string()
	.trim()
	.max(254, { error: 'error_too_long' })
	.optional()
	.transform((v) => v || null)
	.pipe(z.email({ error: 'error_email_invalid' }).nullable());

export const newPassword = z
	.string({ error: 'error_required' })
	.min(PASSWORD_MIN, { error: 'error_password_too_short' })
	.max(PASSWORD_MAX, { error: 'error_too_long' });

export const anyPassword = z.string({ error: 'error_required' }).min(1, { error: 'error_required' }).max(PASSWORD_MAX, { error: 'error_too_long' });

export const country = z.string({ error: 'error_required' }).refine(isCountry, { error: 'error_country_invalid' });

export const id = z.string({ error: 'error_required' }).regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' });

export const wholeNumber = (min: number, max: number) =>
	z.coerce
		.number({ error: 'error_number_invalid' })
		.int({ error: 'error_number_invalid' })
		.min(min, { error: 'error_number_out_of_range' })
		.max(max, { error: 'error_number_out_of_range' });

export function isTimeZone(value: string): boolean {
	return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}
