// Comments newer than ?after=<seq>, for a client that reconnects and could not recover what it missed.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { listComments } from '$lib/server/consultations/comments';
import { forReader } from '$lib/server/consultations/comment-view';
import { DomainError, httpStatus } from '$lib/server/errors';
import { errorMessage } from '$lib/server/i18n';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const after = Number(url.searchParams.get('after') ?? '0');
	if (!Number.isSafeInteger(after) || after < 0) return json({ error: { code: 'invalid', message: 'after must be a whole number' } }, { status: 400 });
	try {
		const comments = await listComments(getDb(), locals.user, params.cid, { afterSeq: after });
		return json({ comments: comments.map((c) => forReader(c, locals.user?.id ?? null)) });
	} catch (error) {
		if (error instanceof DomainError) return json({ error: { code: error.code, message: errorMessage(error) } }, { status: httpStatus[error.code] });
		throw error;
	}
};
