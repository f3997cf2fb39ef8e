import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireCommitteeRole } from '$lib/server/auth/guards';
import { createConsultation } from '$lib/server/consultations/consultations';
import { consultationSchema, draftFromForm, draftSchema } from '$lib/server/consultations/schemas';
import { listBodyChoices } from '$lib/server/government/bodies';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { toLocalInput } from '$lib/server/time';
import { DAY_MS } from '$lib/server/clock';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const { committee } = await orErrorPage(requireCommitteeRole(getDb(), user, params.id, 'facilitator'));
	const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
	return {
		committee: { id: committee.id, name: committee.name, timezone: committee.timezone },
		bodies: await listBodyChoices(getDb()),
		defaults: { opensAt: toLocalInput(start, committee.timezone), closesAt: toLocalInput(start + 14 * DAY_MS, committee.timezone) }
	};
};

export const actions: Actions = {
	default: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const details = parseForm(consultationSchema, form);
			if (!details.ok) return details.failure;
			const draft = parseForm(draftSchema, form);
			if (!draft.ok) return draft.failure;
			const id = await createConsultation(getDb(), locals.user, { ...details.data, committeeId: params.id, draft: await draftFromForm(form, draft.data.draft) });
			redirect(303, `/consultations/${id}/edit?created=1`);
		})
};
