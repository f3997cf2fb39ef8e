import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireConsultation } from '$lib/server/consultations/consultations';
import { listPositions } from '$lib/server/voting/positions';
import { listBodyChoices } from '$lib/server/government/bodies';
import { createDraft, RATIONALE_MAX, TEXT_MAX, TITLE_MAX } from '$lib/server/recommendations/drafts';
import { draftSchema } from '$lib/server/recommendations/schemas';
import { checkedIds } from '$lib/server/voting/schemas';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const access = await orErrorPage(requireConsultation(db, user, params.cid));
	const [{ positions }, bodies] = await Promise.all([listPositions(db, user, params.cid), listBodyChoices(db)]);
	return {
		consultation: { id: access.consultation.id, title: access.consultation.title, bodyId: access.consultation.body_id },
		positions: positions.filter((p) => p.state === 'proposed' || p.state === 'in_ballot').map((p) => ({ id: p.id, statement: p.statement })),
		bodies,
		max: { title: TITLE_MAX, body: TEXT_MAX, rationale: RATIONALE_MAX },
		care: url.searchParams.has('concern') ? await helplinesFor(db, [user.country, access.committee.country]) : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(draftSchema, form);
			if (!parsed.ok) return parsed.failure;
			return createDraft(getDb(), locals.user, params.cid, { ...parsed.data, positionIds: checkedIds(form, 'positionIds') }, Date.now(), url.origin);
		});
		if (!('concern' in result)) return result;
		if (result.concern) redirect(303, `${url.pathname}?concern=1#care`);
		redirect(303, `/recommendations/${result.id}?${result.held ? 'held' : 'saved'}=1`);
	}
};
