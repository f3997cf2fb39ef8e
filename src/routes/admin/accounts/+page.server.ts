import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createStaffAccount } from '$lib/server/accounts/staff';
import { staffSchema } from '$lib/server/accounts/schemas';
import { listAllCommittees } from '$lib/server/committees/committees';
import { listGovernmentBodies } from '$lib/server/government/bodies';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	committees: (await listAllCommittees(getDb(), locals.user)).map((c) => ({ value: c.id, label: c.name })),
	bodies: (await listGovernmentBodies(getDb(), locals.user)).map((b) => ({ value: b.id, label: b.name }))
});

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(staffSchema, form);
			if (!parsed.ok) return parsed.failure;
			await createStaffAccount(getDb(), locals.user, parsed.data, url.origin);
			return { done: m.admin_account_created({ email: parsed.data.email }) };
		})
};
