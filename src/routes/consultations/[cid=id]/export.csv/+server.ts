// The whole discussion as CSV (display names only), for facilitators.
import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { exportDiscussion } from '$lib/server/consultations/comments';
import { DomainError, httpStatus } from '$lib/server/errors';
import { errorMessage } from '$lib/server/i18n';
import { csvCell } from '$lib/server/csv';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const rows = await exportDiscussion(getDb(), locals.user, params.cid);
		const header = ['section', 'comment_id', 'reply_to', 'author', 'role', 'posted_at', 'pinned', 'text'];
		const lines = [header.join(','), ...rows.map((r) => [r.section, r.commentId, r.replyTo, r.author, r.role, r.postedAt, r.pinned, r.text].map(csvCell).join(','))];
		return new Response('\uFEFF' + lines.join('\r\n') + '\r\n', {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="discussion-${params.cid}.csv"` }
		});
	} catch (e) {
		if (e instanceof DomainError) error(httpStatus[e.code], errorMessage(e));
		throw e;
	}
};
