import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitteeHeader } from '$lib/server/committees/committees';
import { addCommitteeWord, listCommitteeWords, removeCommitteeWord } from '$lib/server/safeguarding/committee-words';
import { committeeWordRefSchema, committeeWordSchema } from '$lib/server/safeguarding/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const { words, languages } = await orErrorPage(listCommitteeWords(db, user, params.id));
	return { committee: await getCommitteeHeader(db, user, params.id), words, languages };
};

export const actions: Actions = {
	add: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(committeeWordSchema, form);
			if (!parsed.ok) return parsed.failure;
			await addCommitteeWord(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
			return { done: m.words_added() };
		}),
	remove: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(committeeWordRefSchema, form);
			if (!parsed.ok) return parsed.failure;
			await removeCommitteeWord(getDb(), locals.user, { committeeId: params.id, ...parsed.data });
			return { done: m.words_removed() };
		})
};
