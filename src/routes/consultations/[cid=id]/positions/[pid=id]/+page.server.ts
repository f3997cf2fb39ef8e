import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { commentOnPosition, getPosition, POSITION_COMMENT_MAX } from '$lib/server/voting/positions';
import { positionCommentSchema } from '$lib/server/voting/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { cosign, moderate } from '../position-actions';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const { access, position, discussion } = await orErrorPage(getPosition(getDb(), user, params.pid));
	if (access.consultation.id !== params.cid) redirect(308, `/consultations/${access.consultation.id}/positions/${params.pid}`);
	return {
		consultation: { id: access.consultation.id, title: access.consultation.title },
		position,
		discussion,
		facilitating: hasRoleAtLeast(access.role, 'facilitator'),
		isMember: access.role === 'member',
		canComment: user.status === 'active' && access.role !== 'admin' && !access.restriction && position.state === 'proposed',
		commentMax: POSITION_COMMENT_MAX,
		care: url.searchParams.has('concern') ? await helplinesFor(getDb(), [user.country, access.committee.country]) : null,
		notice: url.searchParams.has('held') ? m.comment_held_notice() : url.searchParams.has('posted') ? m.comment_posted_notice() : null
	};
};

export const actions: Actions = {
	comment: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(positionCommentSchema, form);
			if (!parsed.ok) return parsed.failure;
			return commentOnPosition(getDb(), locals.user, { positionId: params.pid, body: parsed.data.body }, Date.now(), url.origin);
		});
		if (!('concern' in result)) return result;
		if (result.concern) redirect(303, `${url.pathname}?concern=1#care`);
		redirect(303, `${url.pathname}?${result.held ? 'held' : 'posted'}=${result.id}#comment-${result.id}`);
	},
	cosign,
	moderate
};
