import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { hasRoleAtLeast } from '$lib/server/auth/guards';
import { getSections, requireConsultation, setThreadClosed } from '$lib/server/consultations/consultations';
import { deleteComment, discussionPage, editComment, pinComment, postComment, EDIT_WINDOW_MS, COMMENT_MAX } from '$lib/server/consultations/comments';
import { approveComment, myReports, reportComment } from '$lib/server/safeguarding/moderation';
import { reportSchema } from '$lib/server/safeguarding/schemas';
import { helplinesFor } from '$lib/server/safeguarding/helplines';
import { renderConsultationText, renderLawText } from '$lib/server/consultations/markdown';
import { commentRefSchema, commentSchema, editCommentSchema, sectionRefSchema, toggleSchema } from '$lib/server/consultations/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { forReader } from '$lib/server/consultations/comment-view';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const access = await orErrorPage(requireConsultation(db, user, params.cid));
	const { consultation: c, committee, role, state } = access;
	const order = url.searchParams.get('order') === 'newest' ? ('newest' as const) : ('oldest' as const);
	const expanded = url.searchParams.get('more');
	const care = url.searchParams.has('concern');
	const [sections, discussion, body, reports, helplines] = await Promise.all([
		getSections(db, c.id),
		discussionPage(db, access, { order, expanded, also: url.searchParams.get('posted') ?? url.searchParams.get('held') }),
		c.body_id ? db.selectFrom('government_bodies').select('name').where('id', '=', c.body_id).executeTakeFirst() : undefined,
		myReports(db, user.id, c.id),
		care ? helplinesFor(db, [user.country, committee.country]) : null
	]);
	return {
		consultation: {
			id: c.id,
			title: c.title,
			summaryHtml: renderConsultationText(c.summary),
			guidingQuestions: c.guiding_questions.split('\n').map((q) => q.trim()).filter(Boolean),
			opensAt: c.opens_at,
			closesAt: c.closed_at ?? c.closes_at,
			state,
			bodyName: body?.name ?? null
		},
		committee: { id: committee.id, name: committee.name, timezone: committee.timezone },
		sections: sections.map((s) => ({
			id: s.id,
			number: s.number,
			heading: s.heading,
			bodyHtml: renderLawText(s.body),
			explanationHtml: s.explanation ? renderConsultationText(s.explanation) : null,
			threadClosed: s.thread_closed === 1
		})),
		comments: discussion.comments.map((x) => forReader(x, user.id)),
		counts: discussion.counts,
		lastSeq: discussion.lastSeq,
		tops: discussion.tops,
		myReports: reports,
		me: user.id,
		canWrite: user.status === 'active' && role !== 'admin' && !access.restriction,
		restriction: access.restriction,
		pendingConsent: user.status === 'pending_guardian_consent',
		facilitating: hasRoleAtLeast(role, 'facilitator'),
		order,
		expanded,
		care: helplines,
		notice: url.searchParams.has('held') ? m.comment_held_notice() : url.searchParams.has('posted') ? m.comment_posted_notice() : null,
		limits: { editWindowMs: EDIT_WINDOW_MS, commentMax: COMMENT_MAX }
	};
};

export const actions: Actions = {
	comment: async ({ request, locals, params, url }) => {
		const result = await formAction(request, async (form) => {
			const parsed = parseForm(commentSchema, form);
			if (!parsed.ok) return parsed.failure;
			return postComment(getDb(), locals.user, { consultationId: params.cid, ...parsed.data }, Date.now(), url.origin);
		});
		if (!('comment' in result)) return result;
		// Post/redirect/get: reloading the page afterwards must not post the comment again.
		const next = new URL(url.pathname, url);
		for (const key of ['order', 'more']) if (url.searchParams.has(key)) next.searchParams.set(key, url.searchParams.get(key)!);
		if (!result.comment) {
			// Not posted: it went to the safeguarding lead. The page says so kindly, at the top.
			next.searchParams.set('concern', '1');
			redirect(303, `${next.pathname}${next.search}#care`);
		}
		next.searchParams.set(result.held ? 'held' : 'posted', result.comment.id);
		redirect(303, `${next.pathname}${next.search}#comment-${result.comment.id}`);
	},
	edit: ({ request, locals, url }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(editCommentSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { held, concern } = await editComment(getDb(), locals.user, parsed.data, Date.now(), url.origin);
			if (concern) return { care: await helplinesFor(getDb(), [locals.user?.country, null]) };
			return { notice: held ? m.comment_held_notice() : m.comment_edited_notice() };
		}),
	delete: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(commentRefSchema, form);
			if (!parsed.ok) return parsed.failure;
			await deleteComment(getDb(), locals.user, parsed.data.commentId);
			return { notice: m.comment_deleted_notice() };
		}),
	pin: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(commentRefSchema.and(toggleSchema), form);
			if (!parsed.ok) return parsed.failure;
			await pinComment(getDb(), locals.user, { commentId: parsed.data.commentId, pinned: parsed.data.on });
		}),
	approve: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(commentRefSchema, form);
			if (!parsed.ok) return parsed.failure;
			await approveComment(getDb(), locals.user, parsed.data.commentId);
		}),
	report: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(reportSchema, form);
			if (!parsed.ok) return parsed.failure;
			await reportComment(getDb(), locals.user, parsed.data);
			return { notice: m.report_thanks() };
		}),
	thread: ({ request, locals, params }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(sectionRefSchema.and(toggleSchema), form);
			if (!parsed.ok) return parsed.failure;
			if (!parsed.data.sectionId) return undefined;
			await setThreadClosed(getDb(), locals.user, params.cid, parsed.data.sectionId, parsed.data.on);
		})
};
