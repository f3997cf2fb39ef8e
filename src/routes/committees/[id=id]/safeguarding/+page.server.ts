import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHeader } from '$lib/server/committees/committees';
import { listConcerns } from '$lib/server/safeguarding/concerns';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const concerns = await orErrorPage(listConcerns(getDb(), user, params.id));
	const committee = await orErrorPage(getCommitteeHeader(getDb(), user, params.id));
	return {
		committee,
		// The list names the writer and the kind; the words are on each concern's own page.
		concerns: concerns.map(({ text: _text, ...c }) => c)
	};
};
