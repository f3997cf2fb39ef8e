import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHome, setSafeguardingLead } from '$lib/server/committees/committees';
import { queueSize } from '$lib/server/safeguarding/moderation';
import { myStanding, pendingReviewRequests, requestSanctionReview } from '$lib/server/safeguarding/sanctions';
import { listCommitteeWords } from '$lib/server/safeguarding/committee-words';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { reviewRequestSchema } from '$lib/server/safeguarding/schemas';
import { listConsultations } from '$lib/server/consultations/consultations';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/server/committees/invitations';
import { invitationSchema, revokeInvitationSchema, safeguardingLeadSchema } from '$lib/server/committees/schemas';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	// A suspended member sees this page only: why, until when, and where to ask for a review.
	const standing = await orErrorPage(myStanding(db, user, params.id));
	if (standing.restriction?.kind === 'suspend') return { suspended: true as const, committee: standing.committee, restriction: standing.restriction };
	const home = await orErrorPage(getCommitteeHome(db, user, params.id));
	const facilitating = hasRoleAtLeast(home.role, 'facilitator');
	return {
		suspended: false as const,
		...home,
		restriction: standing.restriction,
		facilitating,
		invitations: facilitating ? await listInvitations(db, user, params.id) : [],
		queueLength: facilitating ? await queueSize(db, user, params.id) : 0,
		reviewRequests: facilitating ? await pendingReviewRequests(db, params.id) : 0,
		wordCount: facilitating ? (await listCommitteeWords(db, user, params.id)).words.length : 0,
		consultations: await listConsultations(db, user, params.id),
		welcome: url.searchParams.has('welcome')
	};
};

export const actions: Actions = {
	review: ({ request, locals, params, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(reviewRequestSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { concern } = await requestSanctionReview(getDb(), locals.user, { committeeId: params.id, text: parsed.data.text }, Date.now(), url.origin);
			return { reviewSent: true, care: concern ? await helplinesFor(getDb(), [locals.user?.country, null]) : null };
		}),
	invite: ({ request, locals, params, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(invitationSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { token, expiresAt } = await createInvitation(getDb(), locals.user, { committeeId: params.id, label: parsed.data.label });
			return { invitationLink: `${url.origin}/invite/${token}`, invitationExpiresAt: expiresAt };
		}),
	revoke: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(revokeInvitationSchema, form);
			if (!parsed.ok) return parsed.failure;
			await revokeInvitation(getDb(), locals.user, { committeeId: params.id, invitationId: parsed.data.invitationId });
			return { done: m.committee_invitation_revoked() };
		}),
	lead: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(safeguardingLeadSchema, form);
			if (!parsed.ok) return parsed.failure;
			await setSafeguardingLead(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
			return { done: m.committee_lead_saved() };
		})
};
