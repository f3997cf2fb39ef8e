// Seeds the e2e server's database through the services (the test process writes to the same SQLite file; WAL and the
// busy timeout let both work at once): a new government body that must acknowledge within 1 day and answer within 5,
// and four recommendations from the Bangkok committee — overdue, answered on time, withdrawn, and just sent.
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite } from '../../src/lib/server/db/index';
import { DAY_MS, HOUR_MS } from '../../src/lib/server/clock';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { submitRecommendations, withdrawRecommendation } from '../../src/lib/server/recommendations/submissions';
import { acknowledgeRecommendation, answerRecommendation } from '../../src/lib/server/recommendations/answers';
import { actor, demoEmail } from '../helpers';
import { adoptRecommendations } from '../fixtures/recommendations';
import { BANGKOK, committeeId, uniqueName } from './support';

export interface SeededRecord {
	bodyId: string;
	bodyName: string;
	titles: { overdue: string; answered: string; withdrawn: string; fresh: string };
	ids: { overdue: string; answered: string; withdrawn: string; fresh: string };
}

export async function seedAccountability(): Promise<SeededRecord> {
	const db = openSqlite(fs.readFileSync(path.resolve('.test-output/e2e-db-path'), 'utf8').trim());
	try {
		const now = Date.now();
		const admin = await actor(db, demoEmail('admin'));
		const facilitator = await actor(db, demoEmail('facilitator'));
		const bangkok = committeeId(BANGKOK);
		const bodyName = `Ministry of Open Records ${uniqueName('M')}`;
		const bodyId = await createGovernmentBody(db, admin, { name: bodyName, country: 'TH', acknowledgeWithinDays: 1, respondWithinDays: 5 }, now - 30 * DAY_MS);
		const tag = uniqueName('R');
		const titles = { overdue: `Fund school counsellors ${tag}`, answered: `Keep the parks open ${tag}`, withdrawn: `Lower the bus fare ${tag}`, fresh: `Publish the data "as it is", every month ${tag}` };
		const { ids: list } = await adoptRecommendations(db, { committeeId: bangkok, bodyId, titles: [titles.overdue, titles.answered, titles.withdrawn, titles.fresh], at: now - 11 * DAY_MS });
		const ids = { overdue: list[0]!, answered: list[1]!, withdrawn: list[2]!, fresh: list[3]! };
		const submit = (id: string, at: number) => submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [id], note: '' }, at);

		await submit(ids.answered, now - 10 * DAY_MS);
		await acknowledgeRecommendation(db, admin, { recommendationId: ids.answered, responsibleOfficial: 'Head of the Youth Desk' }, now - 9.5 * DAY_MS);
		const inAMonth = new Date(now + 30 * DAY_MS).toISOString().slice(0, 10);
		await answerRecommendation(db, admin, { recommendationId: ids.answered, decision: 'accepted', rationale: 'The parks stay open.', actions: [{ description: 'Keep the parks open', targetDate: inAMonth }] }, now - 6 * DAY_MS);
		await submit(ids.withdrawn, now - 8 * DAY_MS);
		await withdrawRecommendation(db, facilitator, { recommendationId: ids.withdrawn, reason: 'Sent to the wrong ministry.' }, now - 7 * DAY_MS);
		await submit(ids.overdue, now - 2 * DAY_MS); // to be acknowledged within 1 day: overdue since yesterday
		await submit(ids.fresh, now - HOUR_MS);
		return { bodyId, bodyName, titles, ids };
	} finally {
		await db.destroy();
	}
}
