import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getConsentRequest, giveGuardianConsent } from '$lib/server/accounts/guardian-consent';
import { failWith } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';

export const load: PageServerLoad = async ({ params }) => ({ request: await orErrorPage(getConsentRequest(getDb(), params.token)) });

export const actions: Actions = {
	default: async ({ params }) => {
		try {
			await giveGuardianConsent(getDb(), params.token);
		} catch (error) {
			return failWith(error);
		}
		return { given: true };
	}
};
