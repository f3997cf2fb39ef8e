// The role guard, tried by every kind of user on both demo committees, and what each role sees of a committee.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { requireAdmin, requireCommitteeRole, type Actor } from '../../src/lib/server/auth/guards';
import type { CommitteeRole } from '../../src/lib/server/db/schema';
import { addFacilitator, getCommitteeHome, listMyCommittees, setSafeguardingLead } from '../../src/lib/server/committees/committees';
import { createGovernmentBody, listMyBodies } from '../../src/lib/server/government/bodies';
import { verifyAuditChain } from '../../src/lib/server/audit/audit-log';
import { actor, committeeId, demoDb, demoEmail } from '../helpers';

let db: Db;
let bangkok: string;
let manila: string;
beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
});

async function outcome(who: Actor, committee: string, min: CommitteeRole): Promise<string> {
	try {
		const { role } = await requireCommitteeRole(db, who, committee, min);
		return `ok:${role}`;
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}

// who → [Bangkok as member, Bangkok as facilitator, Bangkok as safeguarding lead, Manila as member]
const expected: Record<string, [string, string, string, string]> = {
	anonymous: ['unauthenticated', 'unauthenticated', 'unauthenticated', 'unauthenticated'],
	riverkite: ['ok:member', 'forbidden', 'forbidden', 'not_found'],
	bluetuk: ['ok:member', 'forbidden', 'forbidden', 'not_found'],
	sampaguita: ['not_found', 'not_found', 'not_found', 'ok:member'],
	facilitator: ['ok:facilitator', 'ok:facilitator', 'forbidden', 'ok:facilitator'],
	lead: ['ok:safeguarding_lead', 'ok:safeguarding_lead', 'ok:safeguarding_lead', 'ok:safeguarding_lead'],
	official: ['not_found', 'not_found', 'not_found', 'not_found'],
	admin: ['ok:admin', 'ok:admin', 'ok:admin', 'ok:admin']
};

describe('the committee role guard', () => {
	for (const [who, [member, facilitator, lead, other]] of Object.entries(expected)) {
		it(`gives ${who} exactly the access of their role`, async () => {
			const a = who === 'anonymous' ? null : await actor(db, demoEmail(who));
			expect(await outcome(a, bangkok, 'member')).toBe(member);
			expect(await outcome(a, bangkok, 'facilitator')).toBe(facilitator);
			expect(await outcome(a, bangkok, 'safeguarding_lead')).toBe(lead);
			expect(await outcome(a, manila, 'member')).toBe(other);
		});
	}

	it('reports a committee that does not exist as not found, for everyone', async () => {
		expect(await outcome(await actor(db, demoEmail('admin')), 'zzzzzzzzzzzzzzzz', 'member')).toBe('not_found');
	});

	it('lets only admins through the admin guard', async () => {
		for (const who of ['riverkite', 'facilitator', 'lead', 'official']) {
			const a = await actor(db, demoEmail(who));
			expect(() => requireAdmin(a)).toThrow(DomainError);
		}
		expect(requireAdmin(await actor(db, demoEmail('admin'))).isAdmin).toBe(true);
		expect(() => requireAdmin(null)).toThrow(DomainError);
	});
});

describe('what each role sees of a committee', () => {
	it('shows members display names only, and facilitators real names and ages too', async () => {
		const asYouth = await getCommitteeHome(db, await actor(db, demoEmail('riverkite')), bangkok);
		expect(asYouth.members.map((m) => m.displayName)).toContain('MangoStar');
		expect(asYouth.members.every((m) => m.private === undefined)).toBe(true);
		expect(JSON.stringify(asYouth)).not.toContain('Pim Wongsa');
		expect(JSON.stringify(asYouth)).not.toContain('@demo.youthvoice.test');

		const asFacilitator = await getCommitteeHome(db, await actor(db, demoEmail('facilitator')), bangkok);
		const mango = asFacilitator.members.find((m) => m.displayName === 'MangoStar');
		expect(mango?.private).toMatchObject({ realName: 'Pim Wongsa', age: 14, status: 'active' });
		const blue = asFacilitator.members.find((m) => m.displayName === 'BlueTuk');
		expect(blue?.private?.status).toBe('pending_guardian_consent');
	});

	it('lists each person their own committees, and officials their body', async () => {
		expect((await listMyCommittees(db, await actor(db, demoEmail('riverkite')))).map((c) => c.name)).toEqual(['Bangkok Youth Advisory Committee']);
		expect(await listMyCommittees(db, await actor(db, demoEmail('official')))).toEqual([]);
		expect((await listMyBodies(db, await actor(db, demoEmail('official')))).map((b) => b.name)).toEqual(['Ministry of Social Development and Human Security']);
	});
});

describe('safeguarding leads and facilitators', () => {
	it('a facilitator designates a fellow facilitator as lead, never a youth member, and never removes the last lead', async () => {
		const facilitator = await actor(db, demoEmail('facilitator'));
		const leadId = (await actor(db, demoEmail('lead'))).id;
		const youthId = (await actor(db, demoEmail('riverkite'))).id;
		await expect(setSafeguardingLead(db, facilitator, { committeeId: bangkok, userId: youthId, lead: true })).rejects.toMatchObject({ messageKey: 'error_lead_must_be_facilitator' });
		await expect(setSafeguardingLead(db, facilitator, { committeeId: bangkok, userId: leadId, lead: false })).rejects.toMatchObject({ messageKey: 'error_last_safeguarding_lead' });
		await setSafeguardingLead(db, facilitator, { committeeId: bangkok, userId: facilitator.id, lead: true });
		await setSafeguardingLead(db, facilitator, { committeeId: bangkok, userId: leadId, lead: false });
		const roles = await db.selectFrom('memberships').select(['user_id', 'role']).where('committee_id', '=', bangkok).where('role', '!=', 'member').execute();
		expect(roles).toEqual(expect.arrayContaining([{ user_id: facilitator.id, role: 'safeguarding_lead' }, { user_id: leadId, role: 'facilitator' }]));
	});

	it('youth and facilitators of another committee cannot designate leads', async () => {
		const leadId = (await actor(db, demoEmail('lead'))).id;
		await expect(setSafeguardingLead(db, await actor(db, demoEmail('riverkite')), { committeeId: bangkok, userId: leadId, lead: true })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(setSafeguardingLead(db, await actor(db, demoEmail('official')), { committeeId: bangkok, userId: leadId, lead: true })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('an admin cannot make a young member a facilitator', async () => {
		const admin = await actor(db, demoEmail('admin'));
		await expect(addFacilitator(db, admin, { committeeId: manila, email: demoEmail('riverkite') })).rejects.toMatchObject({ messageKey: 'error_youth_cannot_facilitate' });
		await expect(addFacilitator(db, await actor(db, demoEmail('facilitator')), { committeeId: manila, email: demoEmail('official') })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('only admins create government bodies', async () => {
		const input = { name: 'Ministry of Education', country: 'TH', acknowledgeWithinDays: 14, respondWithinDays: 60 };
		await expect(createGovernmentBody(db, await actor(db, demoEmail('facilitator')), input)).rejects.toMatchObject({ code: 'forbidden' });
		await createGovernmentBody(db, await actor(db, demoEmail('admin')), input);
	});

	it('every one of these actions is in an intact audit chain', async () => {
		const check = await verifyAuditChain(db);
		expect(check).toMatchObject({ ok: true });
		const actions = (await db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['committee.created', 'government_body.created', 'safeguarding_lead.designated', 'safeguarding_lead.removed', 'invitation.created']));
	});
});
