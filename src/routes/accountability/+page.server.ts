// The platform's public accountability record: no sign-in. A filter that cannot be read is shown on its field.
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { accountabilityChoices, platformAccountability } from '$lib/server/recommendations/accountability';
import { accountabilityQuery } from '$lib/server/recommendations/accountability-schemas';
import { parseQuery } from '$lib/server/kit/query';
import { filterValues } from './filters';

export const load: PageServerLoad = async ({ url }) => {
	const db = getDb();
	const query = parseQuery(accountabilityQuery, url);
	const choices = await accountabilityChoices(db);
	const values = filterValues(url);
	if (!query.ok) return { choices, values, invalid: { field: query.field, message: query.message }, report: null };
	return { choices, values, invalid: null, report: await platformAccountability(db, query.data) };
};
