import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHome, setSafeguardingLead } from '$lib/server/committees/committees';
import { queueSize } from '$lib/server/safeguarding/moderation';
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
	const home = await orErrorPage(getCommitteeHome(getDb(), user, params.id));
	const facilitating = hasRoleAtLeast(home.role, 'facilitator');
	return {
		...home,
		facilitating,
		invitations: facilitating ? await listInvitations(getDb(), user, params.id) : [],
		queueLength: facilitating ? await queueSize(getDb(), user, params.id) : 0,
		consultations: await listConsultations(getDb(), user, params.id),
		welcome: url.searchParams.has('welcome')
	};
};

export const actions: Actions = {
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
