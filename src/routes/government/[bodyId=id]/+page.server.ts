import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listInbox } from '$lib/server/recommendations/inbox';
import { inboxFilterSchema } from '$lib/server/recommendations/schemas';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { orErrorPage } from '$lib/server/kit/load-errors';

export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	depends('app:inbox');
	const user = signedInOrRedirect(locals.user, url);
	const { status } = inboxFilterSchema.parse({ status: url.searchParams.get('status') });
	const { ctx, items } = await orErrorPage(listInbox(getDb(), user, params.bodyId, { status }));
	return { body: { id: ctx.body.id, name: ctx.body.name }, items, status };
};
