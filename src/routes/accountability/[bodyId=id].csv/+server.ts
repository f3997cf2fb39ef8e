// One government body's accountability list as CSV, with the same filters as its page.
import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { bodyAccountability } from '$lib/server/recommendations/accountability';
import { bodyAccountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { accountabilityCsv } from '$lib/server/recommendations/accountability-csv';
import { parseQuery } from '$lib/server/kit/query';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { csvResponse } from '$lib/server/csv';

export const GET: RequestHandler = async ({ params, url }) => {
	const query = parseQuery(bodyAccountabilityQuery, url);
	if (!query.ok) error(400, `${query.field}: ${query.message}`);
	const report = await orErrorPage(bodyAccountability(getDb(), params.bodyId, query.data));
	return csvResponse(accountabilityCsv(report.items, url.origin), `accountability-${params.bodyId}-${new Date(report.now).toISOString().slice(0, 10)}.csv`);
};
