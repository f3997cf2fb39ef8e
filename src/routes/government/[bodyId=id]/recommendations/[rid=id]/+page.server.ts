import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getSentRecommendation } from '$lib/server/recommendations/inbox';
import { ACTION_STATUSES, acknowledgeRecommendation, answerRecommendation, postProgressUpdate, replyToFollowUp } from '$lib/server/recommendations/answers';
import { acknowledgeSchema, answerSchema, progressSchema, replySchema } from '$lib/server/recommendations/schemas';
import { actionRowCount } from '$lib/answer-form';
import { formAction, formValues, parseForm } from '$lib/server/kit/forms';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { toLocalInput } from '$lib/server/time';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	depends('app:recommendation');
	const user = signedInOrRedirect(locals.user, url);
	const { ctx, record } = await orErrorPage(getSentRecommendation(getDb(), user, params.rid));
	// The address names the body too: another body's address for the same recommendation does not exist.
	if (ctx.body.id !== params.bodyId) error(404, m.error_recommendation_not_found());
	return { record, actionStatuses: ACTION_STATUSES, today: toLocalInput(Date.now(), record.timezone).slice(0, 10) };
};

export const actions: Actions = {
	acknowledge: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(acknowledgeSchema, form);
			if (!parsed.ok) return parsed.failure;
			await acknowledgeRecommendation(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
			return { done: m.ack_done(), intent: 'acknowledge' };
		}),
	answer: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(answerSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { pendingApproval } = await answerRecommendation(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
			return { done: pendingApproval ? m.answer_pending_done() : parsed.data.decision === 'more_time' ? m.answer_more_time_done() : m.answer_done(), intent: 'answer' };
		}),
	// Without JavaScript, "add another action" sends the answer form here: it comes back with one more empty row and
	// everything typed kept. Nothing is saved.
	addAction: ({ request }) =>
		formAction(request, async (form) => {
			const values = formValues(form);
			return { values, actionRows: actionRowCount(values) + 1, intent: 'answer' };
		}),
	progress: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(progressSchema, form);
			if (!parsed.ok) return parsed.failure;
			await postProgressUpdate(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
			return { done: m.progress_done(), intent: 'progress' };
		}),
	reply: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(replySchema, form);
			if (!parsed.ok) return parsed.failure;
			await replyToFollowUp(getDb(), locals.user, { recommendationId: params.rid, ...parsed.data });
			return { done: m.reply_done(), intent: 'reply', questionId: parsed.data.questionId };
		})
};
