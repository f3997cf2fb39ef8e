import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHome, setSafeguardingLead } from '$lib/server/committees/committees';
import { listConsultations } from '$lib/server/consultations/consultations';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/server/committees/invitations';
import { invitationSchema, revokeInvitationSchema, safeguardingLeadSchema } from '$lib/server/committees/schemas';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { failWith, parseForm, readForm } from '$lib/server/kit/forms';
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
		consultations: await listConsultations(getDb(), user, params.id),
		welcome: url.searchParams.has('welcome')
	};
};

export const actions: Actions = {
	invite: async ({ request, locals, params, url }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = parseForm(invitationSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const { token, expiresAt } = await createInvitation(getDb(), locals.user, { committeeId: params.id, label: parsed.data.label });
			return { invitationLink: `${url.origin}/invite/${token}`, invitationExpiresAt: expiresAt };
		} catch (error) {
			return failWith(error, form);
		}
	},
	revoke: async ({ request, locals, params }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = parseForm(revokeInvitationSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeInvitation(getDb(), locals.user, { committeeId: params.id, invitationId: parsed.data.invitationId });
		} catch (error) {
			return failWith(error);
		}
		return { done: m.committee_invitation_revoked() };
	},
	lead: async ({ request, locals, params }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = parseForm(safeguardingLeadSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await setSafeguardingLead(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
		} catch (error) {
			return failWith(error);
		}
		return { done: m.committee_lead_saved() };
	}
};
