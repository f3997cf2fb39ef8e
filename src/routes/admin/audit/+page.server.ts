import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AUDIT_PAGE, listAudit, verifyAuditChain } from '$lib/server/audit/audit-log';

export const load: PageServerLoad = async ({ locals, url }) => {
	const before = Number(url.searchParams.get('before'));
	const entries = await listAudit(getDb(), locals.user, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined });
	const check = await verifyAuditChain(getDb());
	return { entries, check, older: entries.length === AUDIT_PAGE ? entries[entries.length - 1].seq : null };
};
