import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	addSectionAfter,
	changeConsultationState,
	deleteSection,
	getSections,
	getSourceText,
	requireConsultation,
	resplitDraft,
	updateConsultationDetails,
	updateSection
} from '$lib/server/consultations/consultations';
import { consultationSchema, draftFromForm, draftSchema, sectionRefSchema, sectionSchema } from '$lib/server/consultations/schemas';
import { listBodyChoices } from '$lib/server/government/bodies';
import { failWith, formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { toLocalInput } from '$lib/server/time';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const { consultation: c, committee, state } = await orErrorPage(requireConsultation(getDb(), user, params.cid, 'facilitator'));
	return {
		consultation: {
			id: c.id,
			title: c.title,
			summary: c.summary,
			bodyId: c.body_id ?? '',
			guidingQuestions: c.guiding_questions,
			opensAt: toLocalInput(c.opens_at, committee.timezone),
			closesAt: toLocalInput(c.closes_at, committee.timezone),
			sourceText: await getSourceText(getDb(), user, c.id),
			state
		},
		committee: { id: committee.id, name: committee.name, timezone: committee.timezone },
		sections: (await getSections(getDb(), c.id)).map((s) => ({ id: s.id, number: s.number ?? '', heading: s.heading, body: s.body, explanation: s.explanation ?? '' })),
		bodies: await listBodyChoices(getDb()),
		created: url.searchParams.has('created')
	};
};

/** Runs one service call and reports a message, or a 4xx with the reason. */
function action(run: (form: FormData, user: App.Locals['user'], cid: string) => Promise<unknown>, done: () => string) {
	return ({ request, locals, params }: { request: Request; locals: App.Locals; params: { cid: string } }) =>
		formAction(request, async (form) => {
			const result = await run(form, locals.user, params.cid);
			return result && typeof result === 'object' && 'status' in result ? result : { done: done() };
		});
}

export const actions: Actions = {
	details: action(async (form, user, cid) => {
		const parsed = parseForm(consultationSchema, form);
		if (!parsed.ok) return parsed.failure;
		await updateConsultationDetails(getDb(), user, cid, parsed.data);
	}, m.consultation_saved),
	section: action(async (form, user, cid) => {
		const parsed = parseForm(sectionSchema, form);
		if (!parsed.ok) return parsed.failure;
		await updateSection(getDb(), user, cid, parsed.data);
	}, m.consultation_section_saved),
	addSection: action(async (form, user, cid) => {
		const parsed = parseForm(sectionRefSchema, form);
		if (!parsed.ok) return parsed.failure;
		await addSectionAfter(getDb(), user, cid, parsed.data.sectionId);
	}, m.consultation_section_added),
	deleteSection: action(async (form, user, cid) => {
		const parsed = parseForm(sectionRefSchema, form);
		if (!parsed.ok) return parsed.failure;
		if (!parsed.data.sectionId) return undefined;
		await deleteSection(getDb(), user, cid, parsed.data.sectionId);
	}, m.consultation_section_deleted),
	resplit: action(async (form, user, cid) => {
		const parsed = parseForm(draftSchema, form);
		if (!parsed.ok) return parsed.failure;
		await resplitDraft(getDb(), user, cid, await draftFromForm(form, parsed.data.draft));
	}, m.consultation_resplit_done),
	publish: async ({ locals, params }) => {
		try {
			await changeConsultationState(getDb(), locals.user, params.cid, 'publish');
		} catch (error) {
			return failWith(error);
		}
		redirect(303, `/consultations/${params.cid}`);
	},
	close: action((_form, user, cid) => changeConsultationState(getDb(), user, cid, 'close'), m.consultation_closed_done),
	archive: action((_form, user, cid) => changeConsultationState(getDb(), user, cid, 'archive'), m.consultation_archived_done)
};
