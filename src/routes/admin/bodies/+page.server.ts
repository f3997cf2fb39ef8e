import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createGovernmentBody, listGovernmentBodies } from '$lib/server/government/bodies';
import { bodySchema } from '$lib/server/government/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	bodies: (await listGovernmentBodies(getDb(), locals.user)).map((b) => ({
		id: b.id,
		name: b.name,
		country: b.country,
		ack: b.acknowledge_within_days,
		respond: b.respond_within_days,
		officials: b.officials
	}))
});

export const actions: Actions = {
	default: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(bodySchema, form);
			if (!parsed.ok) return parsed.failure;
			await createGovernmentBody(getDb(), locals.user, parsed.data);
			return { done: m.admin_body_created({ name: parsed.data.name }) };
		})
};
