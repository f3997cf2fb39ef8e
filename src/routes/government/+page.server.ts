import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listInboxBodies } from '$lib/server/recommendations/inbox';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const bodies = await listInboxBodies(getDb(), user);
	// An official of one body has nothing to choose: straight to its inbox.
	if (bodies.length === 1 && !user.isAdmin) redirect(303, `/government/${bodies[0]!.id}`);
	return { bodies };
};
