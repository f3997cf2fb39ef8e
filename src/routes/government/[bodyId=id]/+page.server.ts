import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listInbox } from '$lib/server/recommendations/inbox';
import { inboxFilterSchema } from '$lib/server/recommendations/schemas';
import { setBodyDeadlines } from '$lib/server/government/bodies';
import { deadlinesSchema } from '$lib/server/government/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	depends('app:inbox');
	const user = signedInOrRedirect(locals.user, url);
	const { status } = inboxFilterSchema.parse({ status: url.searchParams.get('status') });
	const { ctx, items } = await orErrorPage(listInbox(getDb(), user, params.bodyId, { status }));
	return {
		body: { id: ctx.body.id, name: ctx.body.name, acknowledgeWithinDays: ctx.body.acknowledge_within_days, respondWithinDays: ctx.body.respond_within_days },
		items,
		status
	};
};

export const actions: Actions = {
	deadlines: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(deadlinesSchema, form);
			if (!parsed.ok) return parsed.failure;
			await setBodyDeadlines(getDb(), locals.user, params.bodyId, parsed.data);
			return { notice: m.gov_deadlines_saved() };
		})
};
