import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHeader } from '$lib/server/committees/committees';
import { listQueue, moderateComment } from '$lib/server/safeguarding/moderation';
import { decisionSchema } from '$lib/server/safeguarding/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const queue = await orErrorPage(listQueue(getDb(), user, params.id));
	const committee = await orErrorPage(getCommitteeHeader(getDb(), user, params.id));
	return { committee, queue };
};

export const actions: Actions = {
	decide: ({ request, locals, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(decisionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await moderateComment(getDb(), locals.user, parsed.data, Date.now(), url.origin);
			return { notice: m.moderation_done() };
		})
};
