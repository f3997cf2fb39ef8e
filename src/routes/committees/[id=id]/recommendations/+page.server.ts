import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { hasRoleAtLeast, requireCommitteeRole } from '$lib/server/auth/guards';
import { listCommitteeRecommendations } from '$lib/server/recommendations/committee-view';
import { submitRecommendations } from '$lib/server/recommendations/submissions';
import { submitSchema } from '$lib/server/recommendations/schemas';
import { checkedIds } from '$lib/server/voting/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const access = await orErrorPage(requireCommitteeRole(db, user, params.id, 'member'));
	const recommendations = await listCommitteeRecommendations(db, user, params.id);
	return {
		committee: { id: access.committee.id, name: access.committee.name, timezone: access.committee.timezone },
		recommendations,
		facilitating: hasRoleAtLeast(access.role, 'facilitator'),
		submitted: url.searchParams.has('submitted')
	};
};

export const actions: Actions = {
	submit: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(submitSchema, form);
			if (!parsed.ok) return parsed.failure;
			return submitRecommendations(getDb(), locals.user, { committeeId: params.id, recommendationIds: checkedIds(form, 'recommendationIds'), note: parsed.data.note });
		});
		if (typeof result !== 'string') return result;
		redirect(303, `${url.pathname}?submitted=1`);
	}
};
