import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signOut } from '$lib/server/accounts/sign-in';
import { deleteSessionCookie } from '$lib/server/kit/session-cookie';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await signOut(getDb(), locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/');
	}
};
