import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { decideExtension, listPendingExtensions } from '$lib/server/recommendations/answers';
import { extensionDecisionSchema } from '$lib/server/recommendations/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({ requests: await listPendingExtensions(getDb(), locals.user) });

export const actions: Actions = {
	decide: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(extensionDecisionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await decideExtension(getDb(), locals.user, parsed.data);
			return { done: parsed.data.approve ? m.admin_extension_approved() : m.admin_extension_refused() };
		})
};
