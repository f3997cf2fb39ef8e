// POST /api/v1/recommendations/{id}/acknowledge: the body has it, and names who is responsible for the answer.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { recommendationFor } from '$lib/server/api/representation';
import { acknowledgeRecommendation } from '$lib/server/recommendations/answers';

export const POST = endpoint(operations.acknowledgeRecommendation, async ({ db, actor, params, body }) => {
	await acknowledgeRecommendation(db, actor, { recommendationId: params.id, responsibleOfficial: body.responsibleOfficial });
	return { recommendation: await recommendationFor(db, actor, params.id) };
});
