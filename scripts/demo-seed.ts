// The demo committee network, built through the same services the app uses. Idempotent: it does nothing when the
// demo admin already exists. Only `npm run demo` and the end-to-end tests call it; the app itself never seeds.
import type { Db } from '../src/lib/server/db/index';
import { validateSessionToken } from '../src/lib/server/auth/session';
import { createFirstAdmin, createStaffAccount } from '../src/lib/server/accounts/staff';
import { createCommittee, setSafeguardingLead, addFacilitator } from '../src/lib/server/committees/committees';
import { createInvitation, signUpWithInvitation } from '../src/lib/server/committees/invitations';
import { createGovernmentBody } from '../src/lib/server/government/bodies';
import { createSession } from '../src/lib/server/auth/session';

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
	{ email: `bluetuk@${domain}`, role: 'youth, 12', displayName: 'BlueTuk', note: 'Bangkok committee, waiting for guardian consent (read-only)' },
	{ email: `sampaguita@${domain}`, role: 'youth, 15', displayName: 'Sampaguita', note: 'Manila committee' },
	{ email: `jeepneyjo@${domain}`, role: 'youth, 22', displayName: 'JeepneyJo', note: 'Manila committee' }
];

const youth = [
	{ name: 'RiverKite', real: 'Nicha Srisuk', age: 16, committee: 'bangkok', country: 'TH' },
	{ name: 'MangoStar', real: 'Pim Wongsa', age: 14, committee: 'bangkok', country: 'TH' },
	{ name: 'NoodleFox', real: 'Arthit Chaiyo', age: 19, committee: 'bangkok', country: 'TH' },
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
	// The sessions made above to act as each person are not needed by anyone.
	await db.deleteFrom('sessions').execute();
	return 'seeded';
}
