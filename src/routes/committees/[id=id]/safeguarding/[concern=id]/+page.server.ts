import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHeader } from '$lib/server/committees/committees';
import { addConcernNote, getConcern } from '$lib/server/safeguarding/concerns';
import { concernNoteSchema } from '$lib/server/safeguarding/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const concern = await orErrorPage(getConcern(getDb(), user, params.id, params.concern));
	const committee = await orErrorPage(getCommitteeHeader(getDb(), user, params.id));
	return { committee, concern };
};

export const actions: Actions = {
	note: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(concernNoteSchema, form);
			if (!parsed.ok) return parsed.failure;
			await addConcernNote(getDb(), locals.user, { committeeId: params.id, concernId: params.concern, ...parsed.data });
			return { notice: m.concern_note_saved() };
		})
};
