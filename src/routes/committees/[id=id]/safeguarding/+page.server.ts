import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHome } from '$lib/server/committees/committees';
import { listConcerns } from '$lib/server/safeguarding/concerns';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const concerns = await orErrorPage(listConcerns(getDb(), user, params.id));
	const home = await orErrorPage(getCommitteeHome(getDb(), user, params.id));
	return {
		committee: { id: home.committee.id, name: home.committee.name, timezone: home.committee.timezone },
		// The list names the writer and the kind; the words are on each concern's own page.
		concerns: concerns.map(({ text: _text, ...c }) => c)
	};
};
