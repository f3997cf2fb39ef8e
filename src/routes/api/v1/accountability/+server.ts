// GET /api/v1/accountability: the public accountability record of the whole platform (no token).
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { platformAccountability } from '$lib/server/recommendations/accountability';

export const GET = endpoint(operations.accountability, ({ db, query }) => platformAccountability(db, query));
