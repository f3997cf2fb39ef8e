import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHome } from '$lib/server/committees/committees';
import { getConcern } from '$lib/server/safeguarding/concerns';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const concern = await orErrorPage(getConcern(getDb(), user, params.id, params.concern));
	const home = await orErrorPage(getCommitteeHome(getDb(), user, params.id));
	return { committee: { id: home.committee.id, name: home.committee.name, timezone: home.committee.timezone }, concern };
};
