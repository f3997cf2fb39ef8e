// GET /api/v1/recommendations/{id}: one recommendation sent to the token's body, with everything that followed.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { recommendationFor } from '$lib/server/api/representation';

export const GET = endpoint(operations.getRecommendation, async ({ db, actor, params }) => ({ recommendation: await recommendationFor(db, actor, params.id) }));
