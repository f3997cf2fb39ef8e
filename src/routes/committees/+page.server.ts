import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listMyCommittees } from '$lib/server/committees/committees';
import { listMyBodies } from '$lib/server/government/bodies';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const [committees, bodies] = await Promise.all([listMyCommittees(getDb(), user), listMyBodies(getDb(), user)]);
	return { committees, bodies: bodies.map((b) => ({ id: b.id, name: b.name, country: b.country, ack: b.acknowledge_within_days, respond: b.respond_within_days })) };
};
