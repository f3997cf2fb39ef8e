// Bearer tokens an admin issues to a government body so its own systems can use /api/v1 (read the recommendations
// sent to the body, acknowledge, answer, post updates). A token is scoped to one body, shown once when issued and
// stored only as its SHA-256; revoking it stops it at once. Every use through the API is audited with the token's id.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { newId, newToken, sha256Hex } from '../ids';
import { requireAdmin, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import type { ApiTokenActor } from '../recommendations/answers';

const PREFIX = 'yv_';
export const LABEL_MAX = 100;

export async function issueApiToken(db: Db, actor: Actor, input: { bodyId: string; label: string }, now = Date.now()): Promise<{ id: string; token: string }> {
	const admin = requireAdmin(actor);
	const label = input.label.trim();
	if (!label) throw new DomainError('invalid', 'error_required', {}, 'label');
	if (label.length > LABEL_MAX) throw new DomainError('invalid', 'error_text_too_long', { max: LABEL_MAX }, 'label');
	const body = await db.selectFrom('government_bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
	if (!body) throw new DomainError('not_found', 'error_body_not_found', {}, 'bodyId');
	const id = newId();
	const token = `${PREFIX}${newToken()}`;
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('api_tokens').values({ id, body_id: body.id, label, token_hash: sha256Hex(token), created_by: admin.id, created_at: now, last_used_at: null, revoked_at: null, revoked_by: null }).execute();
		await recordAudit(trx, { actorId: admin.id, action: 'api_token.issued', subjectType: 'government_body', subjectId: body.id, data: { tokenId: id, label } }, now);
	});
	return { id, token };
}

export interface ApiTokenView {
	id: string;
	bodyId: string;
	bodyName: string;
	label: string;
	createdAt: number;
	lastUsedAt: number | null;
	revokedAt: number | null;
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenView[]> {
	requireAdmin(actor);
	const rows = await db
		.selectFrom('api_tokens as t')
		.innerJoin('government_bodies as b', 'b.id', 't.body_id')
		.select(['t.id', 't.body_id', 'b.name', 't.label', 't.created_at', 't.last_used_at', 't.revoked_at'])
		.orderBy('b.name')
		.orderBy('t.created_at', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, bodyId: r.body_id, bodyName: r.name, label: r.label, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

export async function revokeApiToken(db: Db, actor: Actor, tokenId: string, now = Date.now()): Promise<void> {
	const admin = requireAdmin(actor);
	await db.transaction().execute(async (trx) => {
		const done = await trx.updateTable('api_tokens').set({ revoked_at: now, revoked_by: admin.id }).where('id', '=', tokenId).where('revoked_at', 'is', null).executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('not_found', 'error_token_not_found');
		await recordAudit(trx, { actorId: admin.id, action: 'api_token.revoked', subjectType: 'api_token', subjectId: tokenId }, now);
	});
}

/** The body a bearer token speaks for; an unknown, malformed or revoked token is refused the same way. */
export async function authenticateApiToken(db: Db, authorization: string | null, now = Date.now()): Promise<ApiTokenActor> {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	if (!match || !match[1]!.startsWith(PREFIX)) throw new DomainError('unauthenticated', 'error_api_token_missing');
	const row = await db.selectFrom('api_tokens').select(['id', 'body_id', 'label', 'revoked_at', 'last_used_at']).where('token_hash', '=', sha256Hex(match[1]!)).executeTakeFirst();
	if (!row || row.revoked_at !== null) throw new DomainError('unauthenticated', 'error_api_token_invalid');
	// Written at most once a minute per token: reading the inbox in a loop does not turn every request into a write.
	if (row.last_used_at === null || now - row.last_used_at > 60_000) await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
	return { apiToken: { id: row.id, bodyId: row.body_id, label: row.label } };
}
