// POST /api/v1/recommendations/{id}/answer: the decision with its reasons and actions, or a request for more time.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { recommendationFor } from '$lib/server/api/representation';
import { answerRecommendation } from '$lib/server/recommendations/answers';

export const POST = endpoint(operations.answerRecommendation, async ({ db, actor, params, body }) => {
	const { responseId, pendingApproval } = await answerRecommendation(db, actor, { recommendationId: params.id, ...body });
	return { responseId, pendingApproval, recommendation: await recommendationFor(db, actor, params.id) };
});
