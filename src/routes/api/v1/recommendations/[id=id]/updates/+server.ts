// POST /api/v1/recommendations/{id}/updates: a progress update on the answer, optionally moving one action on.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { recommendationFor } from '$lib/server/api/representation';
import { postProgressUpdate } from '$lib/server/recommendations/answers';

export const POST = endpoint(operations.postProgressUpdate, async ({ db, actor, params, body }) => {
	const updateId = await postProgressUpdate(db, actor, { recommendationId: params.id, ...body });
	return { updateId, recommendation: await recommendationFor(db, actor, params.id) };
});
