import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { getSections } from '$lib/server/consultations/consultations';
import { listPositions, mergePositions, proposePosition, STATEMENT_MAX } from '$lib/server/voting/positions';
import { listBallots } from '$lib/server/voting/ballots';
import { mergeSchema, positionSchema } from '$lib/server/voting/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { cosign, moderate } from './position-actions';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const { access, positions } = await orErrorPage(listPositions(db, user, params.cid));
	const [sections, ballots] = await Promise.all([getSections(db, params.cid), listBallots(db, user, params.cid)]);
	return {
		consultation: { id: access.consultation.id, title: access.consultation.title, state: access.state },
		committee: { id: access.committee.id, name: access.committee.name, timezone: access.committee.timezone },
		sections: sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading })),
		positions,
		ballots,
		facilitating: hasRoleAtLeast(access.role, 'facilitator'),
		isMember: access.role === 'member',
		canPropose: user.status === 'active' && access.role !== 'admin' && !access.restriction && (access.state === 'open' || access.state === 'closed'),
		statementMax: STATEMENT_MAX,
		care: url.searchParams.has('concern') ? await helplinesFor(getDb(), [user.country, access.committee.country]) : null,
		notice: url.searchParams.has('held') ? m.position_held_notice() : url.searchParams.has('proposed') ? m.position_proposed_notice() : null
	};
};

export const actions: Actions = {
	propose: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(positionSchema, form);
			if (!parsed.ok) return parsed.failure;
			return proposePosition(getDb(), locals.user, { consultationId: params.cid, ...parsed.data }, Date.now(), url.origin);
		});
		if (!('concern' in result)) return result;
		// Post/redirect/get, as for comments: a reload must not propose it again.
		if (result.concern) redirect(303, `${url.pathname}?concern=1#care`);
		redirect(303, `${url.pathname}?${result.held ? 'held' : 'proposed'}=${result.id}#position-${result.id}`);
	},
	cosign,
	moderate,
	merge: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(mergeSchema, form);
			if (!parsed.ok) return parsed.failure;
			await mergePositions(getDb(), locals.user, parsed.data);
			return { notice: m.position_merged_notice() };
		})
};
