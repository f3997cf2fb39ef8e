import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { requireConsultation } from '$lib/server/consultations/consultations';
import { listConsultationRecommendations } from '$lib/server/recommendations/committee-view';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const access = await orErrorPage(requireConsultation(db, user, params.cid));
	const recommendations = await orErrorPage(listConsultationRecommendations(db, user, params.cid));
	return {
		consultation: { id: access.consultation.id, title: access.consultation.title },
		committee: { id: access.committee.id, timezone: access.committee.timezone },
		recommendations,
		facilitating: hasRoleAtLeast(access.role, 'facilitator'),
		canDraft: user.status === 'active' && access.role !== 'admin' && !access.restriction && (access.state === 'open' || access.state === 'closed')
	};
};
