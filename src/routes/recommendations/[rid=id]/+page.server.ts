// One URL per recommendation: its committee (members, facilitators, admins) see the working page with the tools of
// their role; anyone else sees the public record once it was sent, and nothing before (404).
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { listPositions } from '$lib/server/voting/positions';
import { listBodyChoices } from '$lib/server/government/bodies';
import { getCommitteeRecommendation } from '$lib/server/recommendations/committee-view';
import { getPublicRecommendation } from '$lib/server/recommendations/record';
import { decideHeldRevision, editDraft, RATIONALE_MAX, TEXT_MAX, TITLE_MAX } from '$lib/server/recommendations/drafts';
import { putToAdoptionVote } from '$lib/server/recommendations/adoption';
import { submitRecommendations, withdrawRecommendation } from '$lib/server/recommendations/submissions';
import { askFollowUp, decideHeldQuestion, giveFeedback, QUESTION_MAX } from '$lib/server/recommendations/feedback';
import { adoptionSchema, decisionSchema, editSchema, feedbackSchema, questionSchema, reasonSchema, submitSchema } from '$lib/server/recommendations/schemas';
import { checkedIds } from '$lib/server/voting/schemas';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { toLocalInput } from '$lib/server/time';
import { DAY_MS } from '$lib/server/clock';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const db = getDb();
	const now = Date.now();
	const user = locals.user;
	if (user) {
		const page = await getCommitteeRecommendation(db, user, params.rid, now).catch((e: unknown) => {
			// Not of this committee (or suspended there): the public record below, if there is one.
			if (e instanceof DomainError && (e.code === 'not_found' || e.code === 'forbidden')) return null;
			throw e;
		});
		if (page) {
			const { rec, access, facilitating } = page.ra;
			const tz = access.committee.timezone;
			const drafting = rec.status === 'draft';
			const [positions, bodies, body] = await Promise.all([
				drafting ? listPositions(db, user, rec.consultation_id).then((r) => r.positions.filter((p) => p.state === 'proposed' || p.state === 'in_ballot').map((p) => ({ id: p.id, statement: p.statement }))) : [],
				drafting ? listBodyChoices(db) : [],
				db.selectFrom('government_bodies').select(['acknowledge_within_days', 'respond_within_days']).where('id', '=', rec.body_id).executeTakeFirstOrThrow()
			]);
			const writer = user.status === 'active' && access.role !== 'admin' && !access.restriction;
			return {
				view: 'committee' as const,
				record: page.record,
				version: page.version,
				positionIds: page.positionIds,
				history: page.history,
				held: page.held,
				myFeedback: page.myFeedback,
				myQuestion: page.myQuestion,
				heldQuestions: page.heldQuestions,
				committee: { id: access.committee.id, name: access.committee.name, timezone: tz },
				deadlines: { acknowledge: body.acknowledge_within_days, answer: body.respond_within_days },
				facilitating,
				canEdit: drafting && writer,
				canRespond: rec.status === 'answered' && access.role === 'member' && writer,
				positions,
				bodies,
				max: { title: TITLE_MAX, body: TEXT_MAX, rationale: RATIONALE_MAX, question: QUESTION_MAX },
				voteDefaults: { opensAt: toLocalInput(now, tz), closesAt: toLocalInput(now + 3 * DAY_MS, tz) },
				care: url.searchParams.has('concern') ? await helplinesFor(db, [user.country, access.committee.country]) : null,
				notice: url.searchParams.has('held') ? 'held' : url.searchParams.has('saved') ? 'saved' : url.searchParams.has('submitted') ? 'submitted' : null
			};
		}
	}
	const record = await orErrorPage(getPublicRecommendation(db, params.rid, now));
	return { view: 'public' as const, record };
};

const back = (url: URL, query: string, hash = '') => redirect(303, `${url.pathname}?${query}${hash}`);

export const actions: Actions = {
	edit: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(editSchema, form);
			if (!parsed.ok) return parsed.failure;
			return editDraft(getDb(), locals.user, { ...parsed.data, recommendationId: params.rid, positionIds: checkedIds(form, 'positionIds') }, Date.now(), url.origin);
		});
		if (!('concern' in result)) return result;
		if (result.concern) back(url, 'concern=1', '#care');
		back(url, result.held ? 'held=1' : 'saved=1');
	},
	decideRevision: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(decisionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await decideHeldRevision(getDb(), locals.user, { recommendationId: params.rid, revisionId: parsed.data.id, approve: parsed.data.decision, reason: parsed.data.reason });
			return { notice: m.decision_recorded() };
		}),
	vote: async ({ request, locals, params }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(adoptionSchema, form);
			if (!parsed.ok) return parsed.failure;
			return putToAdoptionVote(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
		});
		if (typeof result !== 'string') return result;
		redirect(303, `/ballots/${result}`);
	},
	submit: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(submitSchema, form);
			if (!parsed.ok) return parsed.failure;
			const rec = await getDb().selectFrom('recommendations').select('committee_id').where('id', '=', params.rid).executeTakeFirst();
			if (!rec) throw new DomainError('not_found', 'error_recommendation_not_found');
			return submitRecommendations(getDb(), locals.user, { committeeId: rec.committee_id, recommendationIds: [params.rid], note: parsed.data.note });
		});
		if (typeof result !== 'string') return result;
		back(url, 'submitted=1');
	},
	withdraw: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(reasonSchema, form);
			if (!parsed.ok) return parsed.failure;
			await withdrawRecommendation(getDb(), locals.user, { recommendationId: params.rid, reason: parsed.data.reason });
			return { notice: m.rec_withdrawn_notice() };
		}),
	feedback: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(feedbackSchema, form);
			if (!parsed.ok) return parsed.failure;
			await giveFeedback(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
			return { notice: m.rec_feedback_saved() };
		}),
	question: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(questionSchema, form);
			if (!parsed.ok) return parsed.failure;
			return askFollowUp(getDb(), locals.user, { recommendationId: params.rid, body: parsed.data.body }, Date.now(), url.origin);
		});
		if (!('concern' in result)) return result;
		if (result.concern) back(url, 'concern=1', '#care');
		return { notice: result.held ? m.rec_question_held() : m.rec_question_sent() };
	},
	decideQuestion: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(decisionSchema, form);
			if (!parsed.ok) return parsed.failure;
			await decideHeldQuestion(getDb(), locals.user, { recommendationId: params.rid, questionId: parsed.data.id, approve: parsed.data.decision, reason: parsed.data.reason });
			return { notice: m.decision_recorded() };
		})
};
