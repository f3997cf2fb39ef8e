import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { checkPasswordResetToken, resetPassword } from '$lib/server/accounts/passwords';
import { passwordResetSchema } from '$lib/server/accounts/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';

export const load: PageServerLoad = async ({ params }) => {
	await orErrorPage(checkPasswordResetToken(getDb(), params.token));
};

export const actions: Actions = {
	default: ({ request, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(passwordResetSchema, form);
			if (!parsed.ok) return parsed.failure;
			await resetPassword(getDb(), { token: params.token, newPassword: parsed.data.password });
			redirect(303, '/signin?reset=1');
		})
};
