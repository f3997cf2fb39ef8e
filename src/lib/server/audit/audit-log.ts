// The append-only audit log (safeguarding rule 6): every moderator, safeguarding and admin action, who, when, why.
// Each row carries the hash of the previous one, so any edit or deletion breaks the chain that verifyAuditChain checks.
import { sha256Hex } from '../ids';
import type { Db } from '../db/index';
import type { AuditEntry } from '../db/schema';
import { requireAdmin, type Actor } from '../auth/guards';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
	actorId: string | null;
	action: string;
	committeeId?: string | null;
	subjectType?: string | null;
	subjectId?: string | null;
	reason?: string | null;
	data?: Record<string, unknown>;
}

function rowHash(row: Omit<AuditEntry, 'hash'>): string {
	const { seq, at, actor_id, action, committee_id, subject_type, subject_id, reason, data, prev_hash } = row;
	return sha256Hex(JSON.stringify([seq, at, actor_id, action, committee_id, subject_type, subject_id, reason, data, prev_hash]));
}

/** Appends one entry. Call inside the transaction that performs the action, so both land or neither. */
export async function recordAudit(db: Db, input: AuditInput, now = Date.now()): Promise<AuditEntry> {
	const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
	const row = {
		seq: (last?.seq ?? 0) + 1,
		at: now,
		actor_id: input.actorId,
		action: input.action,
		committee_id: input.committeeId ?? null,
		subject_type: input.subjectType ?? null,
		subject_id: input.subjectId ?? null,
		reason: input.reason ?? null,
		data: JSON.stringify(input.data ?? {}),
		prev_hash: last?.hash ?? GENESIS_HASH
	};
	const entry = { ...row, hash: rowHash(row) };
	await db.insertInto('audit_log').values(entry).execute();
	return entry;
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number };

/** Walks the whole chain in order; reports the first entry whose hash or link does not match. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
	const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
	let prev = GENESIS_HASH;
	let expectedSeq = 1;
	for (const row of rows) {
		const { hash, ...rest } = row;
		if (row.seq !== expectedSeq || row.prev_hash !== prev || rowHash(rest) !== hash) {
			return { ok: false, entries: rows.length, brokenAt: row.seq };
		}
		prev = hash;
		expectedSeq++;
	}
	return { ok: true, entries: rows.length };
}

export interface AuditRow {
	seq: number;
	at: number;
	actorName: string | null;
	action: string;
	committeeName: string | null;
	subjectType: string | null;
	subjectId: string | null;
	reason: string | null;
}

export const AUDIT_PAGE = 100;

/** The newest entries (before `before`, for paging back): platform admins only. */
export async function listAudit(db: Db, actor: Actor, options: { before?: number } = {}): Promise<AuditRow[]> {
	requireAdmin(actor);
	let q = db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.actor_id')
		.leftJoin('committees', 'committees.id', 'audit_log.committee_id')
		.select(['audit_log.seq', 'audit_log.at', 'users.display_name', 'audit_log.action', 'committees.name', 'audit_log.subject_type', 'audit_log.subject_id', 'audit_log.reason'])
		.orderBy('audit_log.seq', 'desc')
		.limit(AUDIT_PAGE);
	if (options.before !== undefined) q = q.where('audit_log.seq', '<', options.before);
	return (await q.execute()).map((r) => ({
		seq: r.seq,
		at: r.at,
		actorName: r.display_name,
		action: r.action,
		committeeName: r.name,
		subjectType: r.subject_type,
		subjectId: r.subject_id,
		reason: r.reason
	}));
}
