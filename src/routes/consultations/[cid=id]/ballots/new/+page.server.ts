import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireConsultation } from '$lib/server/consultations/consultations';
import { listPositions } from '$lib/server/voting/positions';
import { createBallot } from '$lib/server/voting/ballots';
import { ballotSchema, checkedIds } from '$lib/server/voting/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { toLocalInput } from '$lib/server/time';
import { DAY_MS } from '$lib/server/clock';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const access = await orErrorPage(requireConsultation(db, user, params.cid, 'facilitator'));
	const { positions } = await listPositions(db, user, params.cid);
	const now = Date.now();
	const tz = access.committee.timezone;
	return {
		consultation: { id: access.consultation.id, title: access.consultation.title },
		committee: { timezone: tz },
		positions: positions.filter((p) => p.state === 'proposed').map((p) => ({ id: p.id, statement: p.statement, cosigns: p.cosigns })),
		defaults: { opensAt: toLocalInput(now, tz), closesAt: toLocalInput(now + 3 * DAY_MS, tz) }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(ballotSchema, form);
			if (!parsed.ok) return parsed.failure;
			return createBallot(getDb(), locals.user, { consultationId: params.cid, positionIds: checkedIds(form, 'positionIds'), ...parsed.data });
		});
		if (typeof result !== 'string') return result;
		redirect(303, `/ballots/${result}`);
	}
};
