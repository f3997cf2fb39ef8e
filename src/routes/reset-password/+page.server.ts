import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/accounts/passwords';
import { passwordResetRequestSchema } from '$lib/server/accounts/schemas';
import { parseForm, readForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = parseForm(passwordResetRequestSchema, form);
		if (!parsed.ok) return parsed.failure;
		await requestPasswordReset(getDb(), { email: parsed.data.email, baseUrl: url.origin });
		return { sent: m.reset_sent({ email: parsed.data.email }) };
	}
};
