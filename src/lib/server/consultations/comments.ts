// Comments on a consultation: per section or in the general thread, one level of replies, Markdown rendered safely.
// Every comment passes reviewContribution (the safeguarding seam) before anyone else sees it; only published
// comments are announced to the room. Authors can edit for 15 minutes (edits are kept) and delete their own.
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { LRUCache } from 'lru-cache';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/index';
import type { CommentState } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { MINUTE_MS } from '../clock';
import { hasRoleAtLeast, requireCanWrite, requireNotRestricted, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { reviewInCommittee } from '../safeguarding/intake';
import { raiseConcern } from '../safeguarding/concerns';
import { publicBaseUrl } from '../notifications/email-outbox';
import { renderMarkdown } from './markdown';
import { requireConsultation, type ConsultationAccess } from './consultations';
import { GENERAL, PAGE_SIZE, threadKey } from '../../comments';
import { toCommentView, type CommentView } from './comment-view';

export const COMMENT_MAX = 5000;
export const EDIT_WINDOW_MS = 15 * MINUTE_MS;
export const COMMENTS_PER_MINUTE = 10;

const postingLimit = new RateLimiterMemory({ keyPrefix: 'comment', points: COMMENTS_PER_MINUTE, duration: 60 });

function commentQuery(db: Db) {
	return db
		.selectFrom('comments')
		.innerJoin('users', 'users.id', 'comments.author_id')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.leftJoin('memberships', (join) =>
			join.onRef('memberships.user_id', '=', 'comments.author_id').onRef('memberships.committee_id', '=', 'consultations.committee_id')
		)
		.select([
			'comments.id',
			'comments.seq',
			'comments.section_id',
			'comments.parent_id',
			'comments.author_id',
			'users.display_name as author_name',
			'memberships.role as author_role',
			'comments.body',
			'comments.body_html',
			'comments.state',
			'comments.pinned',
			'comments.created_at',
			'comments.edited_at',
			'comments.screen_reasons'
		]);
}

export async function commentView(db: Db, commentId: string): Promise<CommentView> {
	return toCommentView(await commentQuery(db).where('comments.id', '=', commentId).executeTakeFirstOrThrow());
}

function cleanBody(body: string): string {
	const text = body.replace(/\r\n?/g, '\n').trim();
	if (!text) throw new DomainError('invalid', 'error_comment_empty', {}, 'body');
	if (text.length > COMMENT_MAX) throw new DomainError('invalid', 'error_comment_too_long', { max: COMMENT_MAX }, 'body');
	return text;
}

export interface NewComment {
	consultationId: string;
	sectionId: string | null;
	parentId: string | null;
	body: string;
}

/** What became of a comment: posted (or held for a facilitator), or not posted at all because it raised a concern. */
export type PostResult = { comment: CommentView; held: boolean; concern: null } | { comment: null; held: false; concern: { id: string } };

export async function postComment(db: Db, actor: Actor, input: NewComment, now = Date.now(), baseUrl = publicBaseUrl()): Promise<PostResult> {
	requireCanWrite(actor);
	const access = await requireConsultation(db, actor, input.consultationId, 'member', now);
	const { user, committee, role, state } = access;
	if (role === 'admin') throw new DomainError('forbidden', 'error_admins_do_not_comment');
	requireNotRestricted(access);
	if (state !== 'open') throw new DomainError('conflict', state === 'upcoming' ? 'error_consultation_not_open_yet' : 'error_consultation_closed');
	const body = cleanBody(input.body);

	let sectionId = input.sectionId;
	let parentId = input.parentId;
	if (parentId) {
		const parent = await db.selectFrom('comments').select(['id', 'consultation_id', 'section_id', 'parent_id', 'state']).where('id', '=', parentId).executeTakeFirst();
		if (!parent || parent.consultation_id !== input.consultationId || !['published', 'deleted'].includes(parent.state)) {
			throw new DomainError('invalid', 'error_reply_target_invalid', {}, 'parentId');
		}
		// One level of nesting: a reply to a reply joins the same thread.
		parentId = parent.parent_id ?? parent.id;
		sectionId = parent.section_id;
	}
	if (sectionId) {
		const section = await db.selectFrom('sections').select(['id', 'thread_closed']).where('id', '=', sectionId).where('consultation_id', '=', input.consultationId).executeTakeFirst();
		if (!section) throw new DomainError('not_found', 'error_section_not_found', {}, 'sectionId');
		if (section.thread_closed === 1) throw new DomainError('conflict', 'error_thread_closed');
	}

	try {
		await postingLimit.consume(user.id);
	} catch {
		throw new DomainError('rate_limited', 'error_commenting_too_fast', { max: COMMENTS_PER_MINUTE });
	}

	const verdict = await reviewInCommittee(db, access, body);
	if (verdict.state === 'concern') {
		const concernId = await raiseConcern(db, { committeeId: committee.id, authorId: user.id, consultationId: input.consultationId, source: 'comment', text: body, reasons: verdict.reasons }, baseUrl, now);
		return { comment: null, held: false, concern: { id: concernId } };
	}
	const id = newId();
	await db.transaction().execute(async (trx) => {
		const last = await trx.selectFrom('comments').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
		await trx
			.insertInto('comments')
			.values({
				id,
				seq: Number(last?.seq ?? 0) + 1,
				consultation_id: input.consultationId,
				section_id: sectionId,
				parent_id: parentId,
				author_id: user.id,
				body,
				body_html: renderMarkdown(body),
				state: verdict.state,
				created_at: now,
				edited_at: null,
				screen_reasons: verdict.state === 'held' ? JSON.stringify(verdict.reasons) : null
			})
			.execute();
	});
	const comment = await commentView(db, id);
	if (verdict.state === 'published') publish('comment.created', { consultationId: input.consultationId, comment });
	else publish('moderation.changed', { committeeId: committee.id });
	return { comment, held: verdict.state === 'held', concern: null };
}

async function ownComment(db: Db, actor: Actor, commentId: string, now: number) {
	const me = requireCanWrite(actor);
	const row = await db.selectFrom('comments').selectAll().where('id', '=', commentId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_comment_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, 'member', now);
	if (row.author_id !== me.id) throw new DomainError('forbidden', 'error_not_your_comment');
	if (!['published', 'held'].includes(row.state)) throw new DomainError('conflict', 'error_comment_not_editable');
	return { row, access };
}

/** An edit the screen reads as a concern is not made: the comment keeps its text and the concern goes to the leads. */
export async function editComment(
	db: Db,
	actor: Actor,
	input: { commentId: string; body: string },
	now = Date.now(),
	baseUrl = publicBaseUrl()
): Promise<{ comment: CommentView; held: boolean; concern: { id: string } | null }> {
	const { row, access } = await ownComment(db, actor, input.commentId, now);
	requireNotRestricted(access);
	if (now - row.created_at > EDIT_WINDOW_MS) throw new DomainError('conflict', 'error_edit_window_over', { minutes: EDIT_WINDOW_MS / MINUTE_MS });
	if (access.state !== 'open') throw new DomainError('conflict', 'error_consultation_closed');
	const body = cleanBody(input.body);
	if (body === row.body) return { comment: await commentView(db, row.id), held: row.state === 'held', concern: null };
	const verdict = await reviewInCommittee(db, access, body);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: access.committee.id, authorId: access.user.id, consultationId: row.consultation_id, source: 'comment', text: body, reasons: verdict.reasons }, baseUrl, now);
		return { comment: await commentView(db, row.id), held: row.state === 'held', concern: { id } };
	}
	// An already held comment stays held until a facilitator decides.
	const state: CommentState = row.state === 'held' ? 'held' : verdict.state;
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('comment_edits').values({ id: newId(), comment_id: row.id, previous_body: row.body, edited_at: now }).execute();
		const reasons = verdict.state === 'held' ? JSON.stringify(verdict.reasons) : row.state === 'held' ? row.screen_reasons : null;
		await trx.updateTable('comments').set({ body, body_html: renderMarkdown(body), state, edited_at: now, screen_reasons: reasons }).where('id', '=', row.id).execute();
	});
	const comment = await commentView(db, row.id);
	if (state === 'published') publish('comment.updated', { consultationId: row.consultation_id, comment });
	else if (row.state === 'published') publish('comment.removed', { consultationId: row.consultation_id, commentId: row.id });
	if (state === 'held') publish('moderation.changed', { committeeId: access.committee.id });
	return { comment, held: state === 'held', concern: null };
}

/** The author's own deletion: the text disappears for everyone; moderators keep it. */
export async function deleteComment(db: Db, actor: Actor, commentId: string, now = Date.now()): Promise<void> {
	const { row } = await ownComment(db, actor, commentId, now);
	await db.updateTable('comments').set({ state: 'deleted', edited_at: now }).where('id', '=', row.id).execute();
	if (row.state === 'published') publish('comment.removed', { consultationId: row.consultation_id, commentId: row.id });
}

async function facilitatorsComment(db: Db, actor: Actor, commentId: string, now: number) {
	const row = await db.selectFrom('comments').selectAll().where('id', '=', commentId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_comment_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, 'facilitator', now);
	return { row, access };
}

export async function pinComment(db: Db, actor: Actor, input: { commentId: string; pinned: boolean }, now = Date.now()): Promise<void> {
	const { row, access } = await facilitatorsComment(db, actor, input.commentId, now);
	if (row.state !== 'published') throw new DomainError('conflict', 'error_comment_not_editable');
	if (row.parent_id) throw new DomainError('invalid', 'error_only_top_level_pinned');
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('comments').set({ pinned: input.pinned ? 1 : 0 }).where('id', '=', row.id).execute();
		await recordAudit(trx, { actorId: access.user.id, action: input.pinned ? 'comment.pinned' : 'comment.unpinned', committeeId: access.committee.id, subjectType: 'comment', subjectId: row.id }, now);
	});
	publish('comment.updated', { consultationId: row.consultation_id, comment: await commentView(db, row.id) });
}

/** Which comments the reader may see: published and deleted ones; held ones only to facilitators and their author. */
function visibleTo(access: ConsultationAccess, table: 'comments' | 'parent' | 'reply'): RawBuilder<SqlBool> {
	const state = sql.ref(`${table}.state`);
	const heldSeen = hasRoleAtLeast(access.role, 'facilitator') ? sql`1 = 1` : sql`${sql.ref(`${table}.author_id`)} = ${access.user.id}`;
	return sql<SqlBool>`(${state} in ('published', 'deleted') or (${state} = 'held' and ${heldSeen}))`;
}

/**
 * The comments a viewer may see: published and deleted ones (as placeholders) for everyone, held ones for their
 * author and the committee's facilitators. `afterSeq` returns only newer ones, for a client catching up.
 */
export async function listComments(db: Db, actor: Actor, consultationId: string, options: { afterSeq?: number } = {}, now = Date.now()): Promise<CommentView[]> {
	const access = await requireConsultation(db, actor, consultationId, 'member', now);
	let q = commentQuery(db).where('comments.consultation_id', '=', consultationId).where(visibleTo(access, 'comments'));
	if (options.afterSeq !== undefined) q = q.where('comments.seq', '>', options.afterSeq);
	return (await q.orderBy('comments.seq').execute()).map(toCommentView);
}

export interface DiscussionPage {
	/** Per thread, the first PAGE_SIZE conversations (every one in the expanded thread), each followed by its replies. */
	comments: CommentView[];
	/** Comments (not deleted) per thread, keyed by section id or GENERAL. */
	counts: Record<string, number>;
	/** Conversations per thread, so the page can offer "show all". */
	tops: Record<string, number>;
	/** The newest comment's sequence number, where a reconnecting client resumes. */
	lastSeq: number;
}

type PageOptions = { order: 'oldest' | 'newest'; expanded: string | null; /** A comment to show even past the first page: the one just posted. */ also?: string | null };

/**
 * Discussion pages as read, under the consultation's discussion_version (which triggers change with anything the page
 * shows, so a kept page is never stale, in this process or another). Readers far outnumber writers: measured with
 * `npm run bench`, reading the page costs ~1 ms of SQL and mapping per request, a kept one nothing. Two kinds of
 * reader see the same page: facilitators (everything) and members with nothing held (published and deleted only); a
 * member with a held comment of their own, or a page showing a just-posted comment, is read afresh.
 */
const keptPages = new LRUCache<string, DiscussionPage>({ max: 100 });

export async function discussionPage(db: Db, access: ConsultationAccess, options: PageOptions): Promise<DiscussionPage> {
	const staff = hasRoleAtLeast(access.role, 'facilitator');
	if (options.also || (!staff && (await hasHeldComments(db, access)))) return readDiscussionPage(db, access, options);
	const c = access.consultation;
	const key = [c.id, c.discussion_version, staff ? 'staff' : 'member', options.order, options.expanded ?? ''].join('\u0000');
	let page = keptPages.get(key);
	if (!page) keptPages.set(key, (page = await readDiscussionPage(db, access, options)));
	return page;
}

async function hasHeldComments(db: Db, access: ConsultationAccess): Promise<boolean> {
	const held = await db
		.selectFrom('comments')
		.select('id')
		.where('consultation_id', '=', access.consultation.id)
		.where('state', '=', 'held')
		.where('author_id', '=', access.user.id)
		.limit(1)
		.executeTakeFirst();
	return held !== undefined;
}

/**
 * What the consultation page first shows, read page by page from the database so that a long discussion costs no
 * more to open than a short one. A conversation whose opening comment was deleted stays while a reply lives; replies
 * whose opening comment the reader cannot see are left out, as they would be on screen.
 */
async function readDiscussionPage(db: Db, access: ConsultationAccess, options: PageOptions): Promise<DiscussionPage> {
	const id = access.consultation.id;
	const conversations = db
		.selectFrom('comments')
		.where('comments.consultation_id', '=', id)
		.where('comments.parent_id', 'is', null)
		.where(visibleTo(access, 'comments'))
		.where((eb) =>
			eb.or([
				eb('comments.state', '!=', 'deleted'),
				eb.exists(
					eb
						.selectFrom('comments as reply')
						.select('reply.id')
						.whereRef('reply.parent_id', '=', 'comments.id')
						.where('reply.state', '!=', 'deleted')
						.where(visibleTo(access, 'reply'))
				)
			])
		);
	const [threads, ranked] = await Promise.all([
		// Per thread: comments that count (not deleted, and not a reply the reader cannot place), and the newest seq.
		db
			.selectFrom('comments')
			.leftJoin('comments as parent', 'parent.id', 'comments.parent_id')
			.select([
				'comments.section_id',
				sql<number>`sum(case when ${sql.ref('comments.state')} != 'deleted' and (${sql.ref('comments.parent_id')} is null or ${visibleTo(access, 'parent')}) then 1 else 0 end)`.as('n'),
				(eb) => eb.fn.max('comments.seq').as('last')
			])
			.where('comments.consultation_id', '=', id)
			.where(visibleTo(access, 'comments'))
			.groupBy('comments.section_id')
			.execute(),
		// Conversations ranked within their thread as the page orders them, with how many each thread has.
		db
			.selectFrom(
				conversations
					.select([
						'comments.id',
						'comments.section_id',
						(eb) =>
							eb.fn
								.agg<number>('row_number')
								.over((over) => over.partitionBy('comments.section_id').orderBy('comments.pinned', 'desc').orderBy('comments.seq', options.order === 'oldest' ? 'asc' : 'desc'))
								.as('rank'),
						(eb) => eb.fn.countAll<number>().over((over) => over.partitionBy('comments.section_id')).as('total')
					])
					.as('ranked')
			)
			.select(['ranked.id', 'ranked.section_id', 'ranked.rank', 'ranked.total'])
			.where((eb) => {
				const inPage = eb('ranked.rank', '<=', PAGE_SIZE);
				if (!options.expanded) return inPage;
				return eb.or([inPage, options.expanded === GENERAL ? eb('ranked.section_id', 'is', null) : eb('ranked.section_id', '=', options.expanded)]);
			})
			.execute()
	]);
	const shown = ranked.map((r) => r.id);
	if (options.also && !shown.includes(options.also)) {
		const also = await db.selectFrom('comments').select(['id', 'parent_id']).where('id', '=', options.also).where('consultation_id', '=', id).where(visibleTo(access, 'comments')).executeTakeFirst();
		if (also) shown.push(also.parent_id ?? also.id);
	}
	const rows = shown.length
		? await commentQuery(db)
				.where((eb) => eb.or([eb('comments.id', 'in', shown), eb.and([eb('comments.parent_id', 'in', shown), visibleTo(access, 'comments')])]))
				.orderBy('comments.seq')
				.execute()
		: [];
	const counts: Record<string, number> = {};
	let lastSeq = 0;
	for (const t of threads) {
		if (Number(t.n) > 0) counts[threadKey(t.section_id)] = Number(t.n);
		lastSeq = Math.max(lastSeq, Number(t.last ?? 0));
	}
	const tops: Record<string, number> = {};
	for (const r of ranked) tops[threadKey(r.section_id)] = Number(r.total);
	return { comments: rows.map(toCommentView), counts, tops, lastSeq };
}

export interface ExportRow {
	sectionId: string | null;
	section: string;
	commentId: string;
	replyTo: string;
	author: string;
	role: string;
	postedAt: string;
	pinned: string;
	text: string;
}

/** The whole published discussion, display names only, for the facilitators' CSV and printable page. */
export async function exportDiscussion(db: Db, actor: Actor, consultationId: string, now = Date.now()): Promise<ExportRow[]> {
	await requireConsultation(db, actor, consultationId, 'facilitator', now);
	const rows = await db
		.selectFrom('comments')
		.innerJoin('users', 'users.id', 'comments.author_id')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.leftJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'comments.author_id').onRef('memberships.committee_id', '=', 'consultations.committee_id'))
		.leftJoin('sections', 'sections.id', 'comments.section_id')
		.select(['comments.id', 'comments.section_id', 'comments.parent_id', 'comments.body', 'comments.created_at', 'comments.pinned', 'users.display_name', 'memberships.role', 'sections.number', 'sections.heading', 'sections.position'])
		.where('comments.consultation_id', '=', consultationId)
		.where('comments.state', '=', 'published')
		.orderBy('sections.position')
		.orderBy('comments.seq')
		.execute();
	return rows.map((r) => ({
		sectionId: r.section_id,
		section: r.number || r.heading ? [r.number, r.heading].filter(Boolean).join(' ') : 'General',
		commentId: r.id,
		replyTo: r.parent_id ?? '',
		author: r.display_name,
		role: r.role ?? 'former member',
		postedAt: new Date(r.created_at).toISOString(),
		pinned: r.pinned ? 'yes' : '',
		text: r.body
	}));
}
