import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signIn } from '$lib/server/accounts/sign-in';
import { signInSchema } from '$lib/server/accounts/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { setSessionCookie } from '$lib/server/kit/session-cookie';
import { safeNext } from '$lib/server/kit/redirects';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { reset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: ({ request, cookies, url, getClientAddress }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(signInSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { token, session } = await signIn(getDb(), { ...parsed.data, ip: getClientAddress() });
			setSessionCookie(cookies, token, session.expiresAt);
			redirect(303, safeNext(url.searchParams.get('next')));
		})
};
