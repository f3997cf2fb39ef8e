// Safeguarding rule 1: no route lets anyone send words to one person. Every form action and endpoint in src/routes is
// listed here with where what it carries goes; a new one fails this test until someone says where its words go, and
// none may go to a single person. (The socket side is tested in tests/integration/realtime.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Audience =
	/** Written into a committee space that at least its facilitators read. */
	| 'committee space'
	/** Read only by the committee's facilitators or safeguarding leads. */
	| 'facilitators'
	/** A government body's words on a sent recommendation's record: the committee and the public read them. */
	| 'public record'
	/** Settings, decisions and accounts: no free text reaches another person. */
	| 'no message';

const INVENTORY: Record<string, Audience> = {
	'account:password': 'no message',
	'account:locale': 'no message',
	'account:resendConsent': 'no message',
	'account:emailChoices': 'no message',
	'admin:createCommittee': 'no message',
	'admin:addFacilitator': 'no message',
	'admin/accounts:default': 'no message',
	'admin/bodies:default': 'no message',
	'admin/api-tokens:issue': 'no message',
	'admin/api-tokens:revoke': 'no message',
	'admin/extensions:decide': 'no message',
	'admin/helplines:save': 'no message',
	'admin/helplines:remove': 'no message',
	'committees/[id=id]:review': 'facilitators',
	'committees/[id=id]:invite': 'no message',
	'committees/[id=id]:revoke': 'no message',
	'committees/[id=id]:lead': 'no message',
	'committees/[id=id]/consultations/new:default': 'committee space',
	'committees/[id=id]/moderation:decide': 'no message',
	'committees/[id=id]/safeguarding/[concern=id]:note': 'facilitators',
	'committees/[id=id]/sanctions:restrict': 'no message',
	'committees/[id=id]/sanctions:lift': 'no message',
	'committees/[id=id]/words:add': 'no message',
	'committees/[id=id]/words:remove': 'no message',
	'consent/[token]:default': 'no message',
	'consultations/[cid=id]:comment': 'committee space',
	'consultations/[cid=id]:edit': 'committee space',
	'consultations/[cid=id]:delete': 'no message',
	'consultations/[cid=id]:pin': 'no message',
	'consultations/[cid=id]:approve': 'no message',
	'consultations/[cid=id]:report': 'facilitators',
	'consultations/[cid=id]:thread': 'no message',
	'consultations/[cid=id]/edit:details': 'committee space',
	'consultations/[cid=id]/edit:section': 'committee space',
	'consultations/[cid=id]/edit:addSection': 'committee space',
	'consultations/[cid=id]/edit:deleteSection': 'no message',
	'consultations/[cid=id]/edit:resplit': 'committee space',
	'consultations/[cid=id]/edit:publish': 'no message',
	'consultations/[cid=id]/edit:close': 'no message',
	'consultations/[cid=id]/edit:archive': 'no message',
	'ballots/[bid=id]:open': 'no message',
	'ballots/[bid=id]:close': 'no message',
	'ballots/[bid=id]:vote': 'no message',
	'consultations/[cid=id]/ballots/new:default': 'committee space',
	'consultations/[cid=id]/positions:propose': 'committee space',
	'consultations/[cid=id]/positions:cosign': 'no message',
	'consultations/[cid=id]/positions:merge': 'no message',
	'consultations/[cid=id]/positions:moderate': 'no message',
	'consultations/[cid=id]/positions/[pid=id]:comment': 'committee space',
	'consultations/[cid=id]/positions/[pid=id]:cosign': 'no message',
	'consultations/[cid=id]/positions/[pid=id]:moderate': 'no message',
	'government/[bodyId=id]/recommendations/[rid=id]:acknowledge': 'public record',
	'government/[bodyId=id]/recommendations/[rid=id]:answer': 'public record',
	'government/[bodyId=id]/recommendations/[rid=id]:addAction': 'no message',
	'government/[bodyId=id]/recommendations/[rid=id]:progress': 'public record',
	'government/[bodyId=id]/recommendations/[rid=id]:reply': 'public record',
	'invite/[token]:signup': 'no message',
	'notifications:open': 'no message',
	'notifications:read': 'no message',
	'notifications:readAll': 'no message',
	'invite/[token]:join': 'no message',
	'reset-password:default': 'no message',
	'reset-password/[token]:default': 'no message',
	'signin:default': 'no message',
	'signout:default': 'no message',
	// Endpoints (+server.ts) answering GET.
	'consultations/[cid=id]/comments.json:GET': 'no message',
	'consultations/[cid=id]/export.csv:GET': 'no message',
	'ballots/[bid=id]/results.csv:GET': 'no message',
	'consultations/[cid=id]/recommendations/new:default': 'committee space',
	'committees/[id=id]/recommendations:submit': 'no message',
	'recommendations/[rid=id]:edit': 'committee space',
	'recommendations/[rid=id]:decideRevision': 'no message',
	'recommendations/[rid=id]:vote': 'no message',
	'recommendations/[rid=id]:submit': 'no message',
	'recommendations/[rid=id]:withdraw': 'no message',
	'recommendations/[rid=id]:feedback': 'no message',
	// A member's follow-up question to the body: published in the recommendation's record, which the committee (its
	// facilitators included) and the public read; the body's reply goes there too. Never a private channel.
	'recommendations/[rid=id]:question': 'committee space',
	'recommendations/[rid=id]:decideQuestion': 'no message',
	'government/[bodyId=id]:deadlines': 'no message',
	'api/v1/openapi.json:GET': 'no message',
	'api/v1/recommendations:GET': 'no message',
	'api/v1/recommendations/[id=id]:GET': 'no message',
	// /api/v1 for government bodies: what a body's system writes is published on the recommendation, which the
	// committee reads as a whole (a reply answers a member's question in the open, under the question).
	'api/v1/recommendations/[id=id]/acknowledge:POST': 'committee space',
	'api/v1/recommendations/[id=id]/answer:POST': 'committee space',
	'api/v1/recommendations/[id=id]/updates:POST': 'committee space',
	'api/v1/recommendations/[id=id]/questions/[qid=id]/reply:POST': 'committee space',
	'accountability.csv:GET': 'no message',
	'accountability/[bodyId=id].csv:GET': 'no message',
	'api/v1/accountability:GET': 'no message',
	'api/v1/accountability/[bodyId]:GET': 'no message'
};

const ROUTES = path.resolve('src/routes');

function files(dir: string, name: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : []));
}

/** Every named form action and endpoint method, as "route:name". */
function routeEntries(): string[] {
	const entries: string[] = [];
	for (const file of files(ROUTES, '+page.server.ts')) {
		const route = path.relative(ROUTES, path.dirname(file));
		const source = fs.readFileSync(file, 'utf8');
		const actions = source.split('export const actions')[1];
		if (!actions) continue;
		// `name: (event) => …` or the shorthand `name,` for an action defined elsewhere.
		for (const match of actions.matchAll(/^\t(\w+)(?:: |,?$)/gm)) entries.push(`${route}:${match[1]}`);
	}
	for (const file of files(ROUTES, '+server.ts')) {
		const route = path.relative(ROUTES, path.dirname(file));
		for (const match of fs.readFileSync(file, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) entries.push(`${route}:${match[1]}`);
	}
	return entries.sort();
}

describe('no private messages', () => {
	it('knows where the words of every form action and endpoint go', () => {
		const unlisted = routeEntries().filter((e) => !(e in INVENTORY));
		expect(unlisted, 'new routes: add them to INVENTORY with where their words go').toEqual([]);
		const gone = Object.keys(INVENTORY).filter((e) => !routeEntries().includes(e));
		expect(gone, 'routes that no longer exist: remove them from INVENTORY').toEqual([]);
	});

	it('has no form field that names a person to send words to', () => {
		const schemas = files(path.resolve('src/lib/server'), 'schemas.ts').map((f) => fs.readFileSync(f, 'utf8'));
		for (const source of schemas) expect(source).not.toMatch(/\b(recipient|recipientId|toUserId|to_user|messageTo)\b/);
	});
});
