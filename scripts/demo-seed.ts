// The demo committee network, built through the same services the app uses. Idempotent: it does nothing when the
// demo admin already exists. Only `npm run demo` and the end-to-end tests call it; the app itself never seeds.
import type { Db } from '../src/lib/server/db/index';
import { validateSessionToken } from '../src/lib/server/auth/session';
import { createFirstAdmin, createStaffAccount } from '../src/lib/server/accounts/staff';
import { createCommittee, setSafeguardingLead, addFacilitator } from '../src/lib/server/committees/committees';
import { createInvitation, signUpWithInvitation } from '../src/lib/server/committees/invitations';
import { createGovernmentBody } from '../src/lib/server/government/bodies';
import { createSession } from '../src/lib/server/auth/session';
import fs from 'node:fs';
import { changeConsultationState, createConsultation, getSections, updateSection } from '../src/lib/server/consultations/consultations';
import { pinComment, postComment } from '../src/lib/server/consultations/comments';
import { toLocalInput } from '../src/lib/server/time';
import { cosignPosition, proposePosition } from '../src/lib/server/voting/positions';
import { castVote, closeBallotNow, createBallot } from '../src/lib/server/voting/ballots';
import { createDraft } from '../src/lib/server/recommendations/drafts';
import { putToAdoptionVote } from '../src/lib/server/recommendations/adoption';
import { submitRecommendations } from '../src/lib/server/recommendations/submissions';
import { acknowledgeRecommendation, answerRecommendation, postProgressUpdate } from '../src/lib/server/recommendations/answers';
import { getCommitteeRecommendation } from '../src/lib/server/recommendations/committee-view';
import { DAY_MS } from '../src/lib/server/clock';

export const DEMO_PASSWORD = 'youth-voice-demo';
const domain = 'demo.youthvoice.test';

export interface DemoAccount {
	email: string;
	role: string;
	displayName: string;
	note: string;
}

export const demoAccounts: DemoAccount[] = [
	{ email: `admin@${domain}`, role: 'admin', displayName: 'Platform Admin', note: 'creates bodies, committees and adult accounts' },
	{ email: `official@${domain}`, role: 'official', displayName: 'Khun Somchai', note: 'Ministry of Social Development and Human Security' },
	{ email: `lead@${domain}`, role: 'safeguarding lead', displayName: 'Ms Dara', note: 'safeguarding lead of both committees' },
	{ email: `facilitator@${domain}`, role: 'facilitator', displayName: 'Mr Ben', note: 'facilitator of both committees' },
	{ email: `riverkite@${domain}`, role: 'youth, 16', displayName: 'RiverKite', note: 'Bangkok committee' },
	{ email: `mangostar@${domain}`, role: 'youth, 14', displayName: 'MangoStar', note: 'Bangkok committee' },
	{ email: `noodlefox@${domain}`, role: 'youth, 19', displayName: 'NoodleFox', note: 'Bangkok committee' },
	{ email: `lotusleaf@${domain}`, role: 'youth, 17', displayName: 'LotusLeaf', note: 'Bangkok committee' },
	{ email: `skylantern@${domain}`, role: 'youth, 15', displayName: 'SkyLantern', note: 'Bangkok committee' },
	{ email: `tamarind@${domain}`, role: 'youth, 18', displayName: 'Tamarind', note: 'Bangkok committee' },
	{ email: `bluetuk@${domain}`, role: 'youth, 12', displayName: 'BlueTuk', note: 'Bangkok committee, waiting for guardian consent (read-only)' },
	{ email: `sampaguita@${domain}`, role: 'youth, 15', displayName: 'Sampaguita', note: 'Manila committee' },
	{ email: `jeepneyjo@${domain}`, role: 'youth, 22', displayName: 'JeepneyJo', note: 'Manila committee' }
];

const youth = [
	{ name: 'RiverKite', real: 'Nicha Srisuk', age: 16, committee: 'bangkok', country: 'TH' },
	{ name: 'MangoStar', real: 'Pim Wongsa', age: 14, committee: 'bangkok', country: 'TH' },
	{ name: 'NoodleFox', real: 'Arthit Chaiyo', age: 19, committee: 'bangkok', country: 'TH' },
	{ name: 'LotusLeaf', real: 'Kanya Boonmee', age: 17, committee: 'bangkok', country: 'TH' },
	{ name: 'SkyLantern', real: 'Tawan Inthara', age: 15, committee: 'bangkok', country: 'TH' },
	{ name: 'Tamarind', real: 'Mali Sukjai', age: 18, committee: 'bangkok', country: 'TH' },
	{ name: 'BlueTuk', real: 'Ploy Kaewmanee', age: 12, committee: 'bangkok', country: 'TH', guardian: `guardian.bluetuk@${domain}` },
	{ name: 'Sampaguita', real: 'Maria Santos', age: 15, committee: 'manila', country: 'PH' },
	{ name: 'JeepneyJo', real: 'Jose Reyes', age: 22, committee: 'manila', country: 'PH' }
] as const;

async function actorFor(db: Db, userId: string) {
	const { token } = await createSession(db, userId);
	const { user } = await validateSessionToken(db, token);
	if (!user) throw new Error('demo seed: could not act as ' + userId);
	return user;
}

export async function seedDemo(db: Db, baseUrl: string): Promise<'seeded' | 'already-seeded'> {
	const exists = await db.selectFrom('users').select('id').where('email', '=', `admin@${domain}`).executeTakeFirst();
	if (exists) return 'already-seeded';

	const adminId = await createFirstAdmin(db, { email: `admin@${domain}`, password: DEMO_PASSWORD, realName: 'Ada Admin', displayName: 'Platform Admin', country: 'TH' });
	const admin = await actorFor(db, adminId);

	const bodyId = await createGovernmentBody(db, admin, {
		name: 'Ministry of Social Development and Human Security',
		country: 'TH',
		acknowledgeWithinDays: 14,
		respondWithinDays: 60,
		headContactEmail: `head.msdhs@${domain}`
	});
	const committees = {
		bangkok: await createCommittee(db, admin, { name: 'Bangkok Youth Advisory Committee', country: 'TH', timezone: 'Asia/Bangkok', languages: ['th', 'en'], moderationMode: 'post' }),
		manila: await createCommittee(db, admin, { name: "Manila Children's Committee", country: 'PH', timezone: 'Asia/Manila', languages: ['fil', 'en'], moderationMode: 'pre' })
	};

	await createStaffAccount(db, admin, { kind: 'official', email: `official@${domain}`, realName: 'Somchai Rattanakorn', displayName: 'Khun Somchai', country: 'TH', bodyId }, baseUrl, Date.now(), DEMO_PASSWORD);
	const leadId = await createStaffAccount(db, admin, { kind: 'facilitator', email: `lead@${domain}`, realName: 'Dara Phan', displayName: 'Ms Dara', country: 'TH', committeeId: committees.bangkok }, baseUrl, Date.now(), DEMO_PASSWORD);
	const facilitatorId = await createStaffAccount(db, admin, { kind: 'facilitator', email: `facilitator@${domain}`, realName: 'Ben Cruz', displayName: 'Mr Ben', country: 'PH', committeeId: committees.manila }, baseUrl, Date.now(), DEMO_PASSWORD);
	await addFacilitator(db, admin, { committeeId: committees.manila, email: `lead@${domain}` });
	await addFacilitator(db, admin, { committeeId: committees.bangkok, email: `facilitator@${domain}` });

	const facilitator = await actorFor(db, facilitatorId);
	for (const committeeId of Object.values(committees)) {
		await setSafeguardingLead(db, facilitator, { committeeId, userId: leadId, lead: true });
	}

	const thisYear = new Date().getUTCFullYear();
	for (const y of youth) {
		const { token } = await createInvitation(db, facilitator, { committeeId: committees[y.committee], label: y.name });
		await signUpWithInvitation(db, {
			token,
			displayName: y.name,
			realName: y.real,
			email: `${y.name.toLowerCase()}@${domain}`,
			password: DEMO_PASSWORD,
			// January of (this year − age): exactly `age` years old all year.
			birthYear: thisYear - y.age,
			birthMonth: 1,
			country: y.country,
			guardianEmail: 'guardian' in y ? y.guardian : null,
			baseUrl
		});
	}
	// The demo committee has met for months: its members joined before the earlier consultation below opened.
	await db.updateTable('memberships').set({ created_at: Date.now() - 120 * DAY_MS }).execute();
	await seedConsultation(db, committees.bangkok, bodyId, facilitator);
	await seedRecommendations(db, committees.bangkok, bodyId, facilitator);

	// The sessions made above to act as each person are not needed by anyone.
	await db.deleteFrom('sessions').execute();
	return 'seeded';
}

const explanations: Record<string, string> = {
	'3': 'Apps must check how old you are. If you are under 13, a parent or guardian has to say yes before you get an account. Apps should not collect more information about you than they need for this check.',
	'4': 'If an app knows you are under 18, the safest settings must be on from the start: only people you accept see your profile, your location is hidden, strangers who are adults cannot message you, and the app cannot use your data to choose ads for you.',
	'5': 'Every app needs a report button that young people can find and understand. Sexual images of children must be taken down within 24 hours. If you report something, the app has to tell you what it did.',
	'6': 'Grooming is when someone makes friends with a child to abuse them. This part makes grooming online a crime, even if the person never meets the child.',
	'7': 'The government must ask a panel of at least 12 young people for advice, at least four times a year, and answer every idea in writing within 60 days.'
};

/** An open consultation on a realistic draft, with some discussion, so the demo shows the committee at work. */
async function seedConsultation(db: Db, committeeId: string, bodyId: string, facilitator: Awaited<ReturnType<typeof actorFor>>) {
	const now = Date.now();
	const draft = fs.readFileSync(new URL('./demo-content/child-online-protection-bill.md', import.meta.url), 'utf8');
	const id = await createConsultation(db, facilitator, {
		committeeId,
		title: 'Child Online Protection Bill',
		summary: 'The Ministry wants to know what young people think of a new law to keep children safe online: age checks, safe settings in apps, reporting, and a new crime of online grooming.',
		bodyId,
		guidingQuestions: 'Is 13 the right age to open an account without a parent saying yes?\nWhich safe settings matter most to you?\nWould you use a report button? What would make it easier?',
		opensAt: toLocalInput(now - DAY_MS, 'Asia/Bangkok'),
		closesAt: toLocalInput(now + 21 * DAY_MS, 'Asia/Bangkok'),
		draft
	});
	for (const section of await getSections(db, id)) {
		const explanation = section.number ? explanations[section.number] : undefined;
		if (explanation) await updateSection(db, facilitator, id, { sectionId: section.id, number: section.number, heading: section.heading, body: section.body, explanation });
	}
	await changeConsultationState(db, facilitator, id, 'publish');
	const sections = new Map((await getSections(db, id)).map((s) => [s.number, s.id]));
	const as = async (name: string) => actorFor(db, (await db.selectFrom('users').select('id').where('email', '=', `${name}@${domain}`).executeTakeFirstOrThrow()).id);
	const say = async (who: string, sectionNumber: string | null, body: string, parentId: string | null = null) => {
		const result = await postComment(db, await as(who), { consultationId: id, sectionId: sectionNumber ? (sections.get(sectionNumber) ?? null) : null, parentId, body });
		if (!result.comment) throw new Error(`the screen did not let a demo comment through: ${body}`);
		return result.comment.id;
	};

	const welcome = await say('facilitator', null, 'Welcome everyone! Read one section at a time and tell us what you think. There are no wrong answers. The Ministry will read the **committee\'s recommendations**, not just the law.');
	await pinComment(db, facilitator, { commentId: welcome, pinned: true });
	const age = await say('riverkite', '3', 'I think 13 is too young to decide alone, but asking parents can be a problem for kids whose parents are not around. Maybe a teacher or social worker could also say yes?');
	await say('mangostar', '3', 'Agree with RiverKite. Also age checks with ID cards feel scary. I do not want to send my ID to a game company.', age);
	await say('noodlefox', '4', 'Section 4 is the best part. Strangers messaging kids is the biggest problem in games I play. Please keep point 3!');
	await say('mangostar', '5', 'The report button is always hidden in a menu. It should be on every chat and every profile.');
	await say('noodlefox', '7', 'Twelve young people for the whole country is not many. What about young people with disabilities or from small islands?');

	// Positions: two already put to an open secret ballot, two still proposed for a facilitator to try.
	const propose = async (who: string, sectionNumber: string | null, statement: string) => {
		const result = await proposePosition(db, await as(who), { consultationId: id, sectionId: sectionNumber ? (sections.get(sectionNumber) ?? null) : null, statement });
		if (!result.id || result.held) throw new Error(`the screen did not let a demo position through: ${statement}`);
		return result.id;
	};
	const safeSettings = await propose('noodlefox', '4', 'We support Section 4: the safest settings must be on from the start for everyone under 18.');
	const panel = await propose('riverkite', '7', 'We support Section 7 only if the youth panel has at least 30 members, including young people with disabilities and from small islands.');
	const ageCheck = await propose('riverkite', '3', 'We oppose Section 3 unless a teacher or social worker can also give consent, not only parents.');
	await propose('mangostar', '5', 'We support Section 5 if the report button is on every chat and every profile.');
	await cosignPosition(db, await as('mangostar'), { positionId: safeSettings, on: true });
	await cosignPosition(db, await as('lotusleaf'), { positionId: panel, on: true });
	await cosignPosition(db, await as('noodlefox'), { positionId: ageCheck, on: true });
	await createBallot(db, facilitator, {
		consultationId: id,
		positionIds: [safeSettings, panel],
		method: 'single',
		options: [],
		lastIsAbstain: true,
		opensAt: toLocalInput(now, 'Asia/Bangkok'),
		closesAt: toLocalInput(now + 7 * DAY_MS, 'Asia/Bangkok'),
		quorumPercent: 50,
		threshold: 'majority',
		secret: true,
		liveResults: false
	});
}

/**
 * An earlier consultation whose recommendations went to the Ministry: one answered (accepted, with an action and a
 * progress update), one that the Ministry never acknowledged (overdue: red on the accountability page) and one sent
 * two days ago for the demo official to acknowledge and answer. And a draft on the open consultation to co-edit.
 */
async function seedRecommendations(db: Db, committeeId: string, bodyId: string, facilitator: Awaited<ReturnType<typeof actorFor>>) {
	const now = Date.now();
	const as = async (name: string) => actorFor(db, (await db.selectFrom('users').select('id').where('email', '=', `${name}@${domain}`).executeTakeFirstOrThrow()).id);
	const official = await as('official');
	const t0 = now - 60 * DAY_MS;
	const consultationId = await createConsultation(
		db,
		facilitator,
		{
			committeeId,
			title: 'Juvenile Justice Amendment',
			summary: 'How children in conflict with the law are treated: diversion, detention and who they can call.',
			bodyId,
			guidingQuestions: 'What should happen before a child is taken to a police station?',
			opensAt: toLocalInput(t0, 'Asia/Bangkok'),
			closesAt: toLocalInput(t0 + 14 * DAY_MS, 'Asia/Bangkok'),
			draft: 'Section 1 Diversion\nA child may be offered a community programme instead of a trial.\nSection 2 Detention\nA child may be detained for up to 30 days before a hearing.\nSection 3 Support\nA child in custody may call one family member.'
		},
		t0
	);
	await changeConsultationState(db, facilitator, consultationId, 'publish', t0);
	const voters = ['riverkite', 'mangostar', 'noodlefox', 'lotusleaf', 'skylantern'];
	/** A recommendation drafted by a member and adopted by the committee 4–1, `daysAgo` days ago. */
	const adopted = async (author: string, title: string, body: string, rationale: string, daysAgo: number) => {
		const t = now - daysAgo * DAY_MS;
		const draft = await createDraft(db, await as(author), consultationId, { title, body, rationale, bodyId, positionIds: [] }, t);
		if (!draft.id || draft.held) throw new Error(`the screen did not let a demo recommendation through: ${title}`);
		const ballotId = await putToAdoptionVote(db, facilitator, { recommendationId: draft.id, opensAt: toLocalInput(t, 'Asia/Bangkok'), closesAt: toLocalInput(t + 2 * DAY_MS, 'Asia/Bangkok'), quorumPercent: 50, threshold: 'majority', secret: true }, t);
		const motion = (await db.selectFrom('ballot_positions').select('position_id').where('ballot_id', '=', ballotId).executeTakeFirstOrThrow()).position_id;
		for (const [i, name] of voters.entries()) {
			await castVote(db, await as(name), { ballotId, expectedVersion: 0, vote: { picks: { [motion]: i === 4 ? 'oppose' : 'support' }, approved: [], ranks: {}, abstain: false } }, t + DAY_MS);
		}
		await closeBallotNow(db, facilitator, ballotId, t + DAY_MS + 1000);
		await getCommitteeRecommendation(db, facilitator, draft.id, t + DAY_MS + 2000);
		return draft.id;
	};

	const answered = await adopted(
		'noodlefox',
		'Let every child in custody call someone they trust',
		'Section 3 should let a child call a trusted adult of their choice (a family member, teacher or social worker), as soon as they arrive and before any questioning.',
		'Many of us do not live with our families. In our discussion, most members said the person they would call first is a teacher or social worker.',
		50
	);
	await submitRecommendations(db, facilitator, { committeeId, recommendationIds: [answered], note: 'From our consultation on the Juvenile Justice Amendment.' }, now - 48 * DAY_MS);
	await acknowledgeRecommendation(db, official, { recommendationId: answered, responsibleOfficial: 'Director, Juvenile Observation and Protection Division' }, now - 44 * DAY_MS);
	const target = new Date(now + 30 * DAY_MS).toISOString().slice(0, 10);
	await answerRecommendation(
		db,
		official,
		{
			recommendationId: answered,
			decision: 'accepted',
			rationale: 'We agree. Children will be able to call a trusted adult of their choice before any questioning. We will change the rule for every police station and check that it is followed.',
			actions: [{ description: 'Change the custody rules so a child can call a trusted adult of their choice', targetDate: target }]
		},
		now - 20 * DAY_MS
	);
	const action = await db.selectFrom('response_actions').select('id').where('recommendation_id', '=', answered).executeTakeFirstOrThrow();
	await postProgressUpdate(db, official, { recommendationId: answered, actionId: action.id, body: 'The new custody rule has been drafted and sent to every provincial police office for comments.', actionStatus: 'in_progress' }, now - 5 * DAY_MS);

	const overdue = await adopted(
		'riverkite',
		'No child detained for 30 days before a hearing',
		'Section 2 should allow detention before a hearing only as a last resort, for at most 7 days, with a review by a judge every 48 hours.',
		'Thirty days is a month of school missed. Members agreed that a child waiting for a hearing should wait at home whenever it is safe.',
		40
	);
	await submitRecommendations(db, facilitator, { committeeId, recommendationIds: [overdue], note: '' }, now - 30 * DAY_MS);

	const fresh = await adopted(
		'mangostar',
		'Offer a community programme to every child first',
		'Section 1 should say that every child is offered a community programme before a trial, unless a judge gives written reasons why not.',
		'Members who took part in community programmes said they helped them more than court did.',
		5
	);
	await submitRecommendations(db, facilitator, { committeeId, recommendationIds: [fresh], note: '' }, now - 2 * DAY_MS);

	// A draft on the open consultation, for members to improve together.
	const open = await db.selectFrom('consultations').select('id').where('committee_id', '=', committeeId).where('title', '=', 'Child Online Protection Bill').executeTakeFirstOrThrow();
	await createDraft(
		db,
		await as('lotusleaf'),
		open.id,
		{
			title: 'Safe settings on from the start',
			body: 'Apps used by children must turn on the safest settings by default, and explain each setting in words children understand.',
			rationale: 'Members said they never change settings they do not understand.',
			bodyId,
			positionIds: []
		},
		now
	);
}
