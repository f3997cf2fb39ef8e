import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { describeInvitation, joinWithInvitation, signUpWithInvitation } from '$lib/server/committees/invitations';
import { signUpSchema } from '$lib/server/accounts/schemas';
import { digitalConsentAge } from '$lib/server/accounts/age';
import { failWith, formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { setSessionCookie } from '$lib/server/kit/session-cookie';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await orErrorPage(describeInvitation(getDb(), params.token));
	return { invitation, consentAge: digitalConsentAge(invitation.committeeCountry), signedInAs: locals.user?.display_name ?? null };
};

export const actions: Actions = {
	signup: ({ request, params, cookies, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(signUpSchema, form);
			if (!parsed.ok) return parsed.failure;
			const result = await signUpWithInvitation(getDb(), { ...parsed.data, token: params.token, locale: getLocale(), baseUrl: url.origin });
			setSessionCookie(cookies, result.token, result.session.expiresAt);
			redirect(303, `/committees/${result.committeeId}?welcome=1`);
		}),
	join: async ({ params, locals }) => {
		let committeeId: string;
		try {
			committeeId = await joinWithInvitation(getDb(), locals.user, params.token);
		} catch (error) {
			return failWith(error);
		}
		redirect(303, `/committees/${committeeId}?welcome=1`);
	}
};
