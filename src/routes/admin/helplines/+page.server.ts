import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listHelplines, removeHelpline, saveHelpline } from '$lib/server/safeguarding/helplines';
import { helplineRefSchema, helplineSchema } from '$lib/server/safeguarding/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => ({
	helplines: await orErrorPage(listHelplines(getDb(), locals.user)),
	editing: url.searchParams.get('edit')
});

export const actions: Actions = {
	save: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(helplineSchema, form);
			if (!parsed.ok) return parsed.failure;
			await saveHelpline(getDb(), locals.user, parsed.data);
			return { done: m.helplines_saved() };
		}),
	remove: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(helplineRefSchema, form);
			if (!parsed.ok) return parsed.failure;
			await removeHelpline(getDb(), locals.user, parsed.data.id);
			return { done: m.helplines_removed() };
		})
};
