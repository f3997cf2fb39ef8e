// GET /api/v1/accountability/{bodyId}: one government body's public accountability record (no token).
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { bodyAccountability } from '$lib/server/recommendations/accountability';

export const GET = endpoint(operations.bodyAccountability, ({ db, params, query }) => bodyAccountability(db, params.bodyId, query));
