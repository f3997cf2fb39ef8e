import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getSections, requireConsultation } from '$lib/server/consultations/consultations';
import { exportDiscussion } from '$lib/server/consultations/comments';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const { consultation: c, committee, state } = await orErrorPage(requireConsultation(getDb(), user, params.cid, 'facilitator'));
	return {
		consultation: { id: c.id, title: c.title, summary: c.summary, opensAt: c.opens_at, closesAt: c.closed_at ?? c.closes_at, state },
		committee: { name: committee.name, timezone: committee.timezone },
		sections: (await getSections(getDb(), c.id)).map((s) => ({ id: s.id, number: s.number, heading: s.heading, body: s.body })),
		rows: await exportDiscussion(getDb(), user, c.id)
	};
};
