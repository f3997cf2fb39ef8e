import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { addFacilitator, createCommittee, listAllCommittees } from '$lib/server/committees/committees';
import { addFacilitatorSchema, committeeSchema } from '$lib/server/committees/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	committees: (await listAllCommittees(getDb(), locals.user)).map((c) => ({ id: c.id, name: c.name, country: c.country, members: c.members, mode: c.moderation_mode })),
	timezones: Intl.supportedValuesOf('timeZone')
});

export const actions: Actions = {
	createCommittee: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(committeeSchema, form);
			if (!parsed.ok) return parsed.failure;
			await createCommittee(getDb(), locals.user, parsed.data);
			return { done: m.admin_committee_created({ name: parsed.data.name }) };
		}),
	addFacilitator: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(addFacilitatorSchema, form);
			if (!parsed.ok) return parsed.failure;
			await addFacilitator(getDb(), locals.user, parsed.data);
			return { done: m.admin_facilitator_added() };
		})
};
