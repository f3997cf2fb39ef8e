// GET /api/v1/accountability: the public accountability record of the whole platform as JSON, no token needed.
// Query: country, body, committee, status, year (accountabilityQuery); answer: accountabilityReport
// ($lib/server/recommendations/accountability-schemas). A bad filter is a 400 { error: { code: 'invalid' } }.
import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { platformAccountability } from '$lib/server/recommendations/accountability';
import { accountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { parseQuery } from '$lib/server/kit/query';
import { jsonDomainError, jsonError, PUBLIC_READ_HEADERS } from '$lib/server/kit/json-api';

export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(accountabilityQuery, url);
	if (!query.ok) return jsonError('invalid', `${query.field}: ${query.message}`, PUBLIC_READ_HEADERS);
	try {
		return json(await platformAccountability(getDb(), query.data), { headers: PUBLIC_READ_HEADERS });
	} catch (error) {
		return jsonDomainError(error, PUBLIC_READ_HEADERS);
	}
};
