// GET /api/v1/accountability/{bodyId}: one government body's public record as JSON, with its deadlines; no token.
// Query: country, committee, status, year (bodyAccountabilityQuery); answer: bodyAccountabilityReport
// ($lib/server/recommendations/accountability-schemas). A bad filter is a 400, an unknown body a 404, both as JSON.
import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { bodyAccountability } from '$lib/server/recommendations/accountability';
import { bodyAccountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { parseQuery } from '$lib/server/kit/query';
import { jsonDomainError, jsonError, PUBLIC_READ_HEADERS } from '$lib/server/kit/json-api';
import { m } from '$lib/server/i18n';
import { id } from '$lib/server/schemas';

export const GET: RequestHandler = async ({ params, url }) => {
	const query = parseQuery(bodyAccountabilityQuery, url);
	if (!query.ok) return jsonError('invalid', `${query.field}: ${query.message}`, PUBLIC_READ_HEADERS);
	// Not a route matcher: a malformed id must be a JSON 404 too, not the HTML error page.
	if (!id.safeParse(params.bodyId).success) return jsonError('not_found', m.error_body_not_found(), PUBLIC_READ_HEADERS);
	try {
		return json(await bodyAccountability(getDb(), params.bodyId, query.data), { headers: PUBLIC_READ_HEADERS });
	} catch (error) {
		return jsonDomainError(error, PUBLIC_READ_HEADERS);
	}
};
