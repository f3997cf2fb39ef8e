// POST /api/v1/recommendations/{id}/questions/{qid}/reply: the body's one reply to a member's follow-up question.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { recommendationFor } from '$lib/server/api/representation';
import { replyToFollowUp } from '$lib/server/recommendations/answers';

export const POST = endpoint(operations.replyToQuestion, async ({ db, actor, params, body }) => {
	await replyToFollowUp(db, actor, { recommendationId: params.id, questionId: params.qid, reply: body.reply });
	return { recommendation: await recommendationFor(db, actor, params.id) };
});
