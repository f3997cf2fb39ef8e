// Who may reach a recommendation, from the committee's side. Members of the committee see its recommendations
// once a first text was published (or, before that, the one who wrote it); facilitators see all. Officials and
// the public reach a recommendation through answers.ts and public.ts, which show only what was submitted.
import type { Db } from '../db/index';
import type { Recommendation } from '../db/schema';
import { DomainError } from '../errors';
import { hasRoleAtLeast, type Actor } from '../auth/guards';
import { requireConsultation, type ConsultationAccess } from '../consultations/consultations';
import { settleAdoption } from './adoption';

export interface RecommendationAccess {
	access: ConsultationAccess;
	rec: Recommendation;
	facilitating: boolean;
}

export async function requireRecommendation(db: Db, actor: Actor, id: string, min: 'member' | 'facilitator' = 'member', now = Date.now()): Promise<RecommendationAccess> {
	const row = await db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_recommendation_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, min, now).catch((e: unknown) => {
		throw e instanceof DomainError && e.code === 'not_found' ? new DomainError('not_found', 'error_recommendation_not_found') : e;
	});
	const facilitating = hasRoleAtLeast(access.role, 'facilitator');
	if (row.version === 0 && !facilitating && row.created_by !== access.user.id) throw new DomainError('not_found', 'error_recommendation_not_found');
	const rec = await settleAdoption(db, row, now);
	return { access, rec, facilitating };
}
