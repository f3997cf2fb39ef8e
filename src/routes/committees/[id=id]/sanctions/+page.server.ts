import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHeader } from '$lib/server/committees/committees';
import { liftSanction, listSanctions, restrictableMembers, restrictMember } from '$lib/server/safeguarding/sanctions';
import { liftSanctionSchema, sanctionSchema } from '$lib/server/safeguarding/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const sanctions = await orErrorPage(listSanctions(db, user, params.id));
	const [committee, members] = await Promise.all([getCommitteeHeader(db, user, params.id), restrictableMembers(db, user, params.id)]);
	return { committee, sanctions, members, chosen: url.searchParams.get('member') };
};

export const actions: Actions = {
	restrict: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(sanctionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await restrictMember(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
			return { done: m.sanctions_done() };
		}),
	lift: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(liftSanctionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await liftSanction(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
			return { done: m.sanctions_lifted() };
		})
};
