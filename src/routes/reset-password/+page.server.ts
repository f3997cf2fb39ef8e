import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/accounts/passwords';
import { passwordResetRequestSchema } from '$lib/server/accounts/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
	default: ({ request, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(passwordResetRequestSchema, form);
			if (!parsed.ok) return parsed.failure;
			await requestPasswordReset(getDb(), { email: parsed.data.email, baseUrl: url.origin });
			return { sent: m.reset_sent({ email: parsed.data.email }) };
		})
};
