// One government body's public accountability record, with its deadlines: no sign-in.
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { accountabilityChoices, bodyAccountability } from '$lib/server/recommendations/accountability';
import { bodyAccountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { parseQuery } from '$lib/server/kit/query';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { filterValues } from '../filters';

export const load: PageServerLoad = async ({ params, url }) => {
	const db = getDb();
	const query = parseQuery(bodyAccountabilityQuery, url);
	const choices = await accountabilityChoices(db);
	const values = filterValues(url);
	const filter = query.ok ? query.data : { country: null, committee: null, status: null, year: null };
	// The body's record is read even when a filter is wrong: an unknown body is a 404 either way.
	const report = await orErrorPage(bodyAccountability(db, params.bodyId, filter));
	if (!query.ok) return { choices, values, invalid: { field: query.field, message: query.message }, body: report.body, report: null };
	return { choices, values, invalid: null, body: report.body, report };
};
