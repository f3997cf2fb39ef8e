// The platform's accountability list as CSV, with the same filters as the page (?country=…&status=…).
import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { platformAccountability } from '$lib/server/recommendations/accountability';
import { accountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { accountabilityCsv } from '$lib/server/recommendations/accountability-csv';
import { parseQuery } from '$lib/server/kit/query';
import { csvResponse } from '$lib/server/csv';

export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(accountabilityQuery, url);
	if (!query.ok) error(400, `${query.field}: ${query.message}`);
	const report = await platformAccountability(getDb(), query.data);
	return csvResponse(accountabilityCsv(report.items, url.origin), `accountability-${new Date(report.now).toISOString().slice(0, 10)}.csv`);
};
