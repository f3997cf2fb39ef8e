import type { Actions, PageServerLoad } from './$types';
import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { changePassword } from '$lib/server/accounts/passwords';
import { setLocale } from '$lib/server/accounts/profile';
import { resendGuardianConsent } from '$lib/server/accounts/guardian-consent';
import { changePasswordSchema, localeSchema } from '$lib/server/accounts/schemas';
import { emailChoices, setEmailChoices } from '$lib/server/notifications/email-prefs';
import { emailChoicesSchema } from '$lib/server/notifications/schemas';
import { failWith, formAction, parseForm } from '$lib/server/kit/forms';
import { setSessionCookie } from '$lib/server/kit/session-cookie';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	return {
		account: { email: user.email, displayName: user.display_name, locale: user.locale ?? '', status: user.status },
		emailChoices: await emailChoices(getDb(), user)
	};
};

export const actions: Actions = {
	password: ({ request, locals, cookies }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(changePasswordSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { token, expiresAt } = await changePassword(getDb(), locals.user, parsed.data);
			setSessionCookie(cookies, token, expiresAt);
			return { passwordChanged: m.account_password_changed() };
		}),
	locale: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(localeSchema, form);
			if (!parsed.ok) return parsed.failure;
			await setLocale(getDb(), locals.user, parsed.data.locale);
			return { localeSaved: m.account_language_saved() };
		}),
	emailChoices: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(emailChoicesSchema, form);
			if (!parsed.ok) return parsed.failure;
			await setEmailChoices(getDb(), locals.user, parsed.data);
			return { emailSaved: m.account_email_saved() };
		}),
	resendConsent: async ({ locals, url }) => {
		try {
			await resendGuardianConsent(getDb(), locals.user, url.origin);
		} catch (error) {
			const failure = failWith(error);
			return fail(failure.status, { consentError: failure.data.error });
		}
		return { consentSent: m.account_consent_resent() };
	}
};
