// The committee adopts a recommendation by a ballot (the voting domain's single-choice ballot): the motion
// "Adopt the recommendation “…”" is a position of the consultation, marked with the recommendation's id, put to a
// ballot like any other. When that ballot has closed, the first request that reads the recommendation settles it:
// adopted (with the result quoted as evidence) or back to draft, to be revised and voted on again.
import type { Db } from '../db/index';
import type { BallotThreshold, Recommendation } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { closedAt, closedBallotResult, createBallot } from '../voting/ballots';
import { evidenceLine } from '../voting/count';
import { requireRecommendation } from './access';

export interface AdoptionBallot {
	recommendationId: string;
	/** As typed in datetime-local fields, in the committee's time zone. */
	opensAt: string;
	closesAt: string;
	quorumPercent: number;
	threshold: BallotThreshold;
	secret: boolean;
}

export function motionText(title: string): string {
	return `Adopt the recommendation “${title}”`;
}

/** A facilitator puts a draft to the committee's vote. Editing stops while the vote runs. */
export async function putToAdoptionVote(db: Db, actor: Actor, input: AdoptionBallot, now = Date.now()): Promise<string> {
	const { rec, access, facilitating } = await requireRecommendation(db, actor, input.recommendationId, 'facilitator', now);
	if (!facilitating) throw new DomainError('forbidden', 'error_role_required');
	if (rec.status !== 'draft') throw new DomainError('conflict', 'error_recommendation_not_draft');
	if (rec.version === 0) throw new DomainError('conflict', 'error_recommendation_nothing_published');
	const motionId = newId();
	await db
		.insertInto('positions')
		.values({
			id: motionId,
			consultation_id: rec.consultation_id,
			section_id: null,
			statement: motionText(rec.title),
			proposer_id: access.user.id,
			state: 'proposed',
			merged_into: null,
			screen_reasons: null,
			created_at: now,
			updated_at: now,
			recommendation_id: rec.id
		})
		.execute();
	let ballotId: string;
	try {
		ballotId = await createBallot(
			db,
			actor,
			{
				consultationId: rec.consultation_id,
				positionIds: [motionId],
				method: 'single',
				options: [],
				lastIsAbstain: false,
				opensAt: input.opensAt,
				closesAt: input.closesAt,
				quorumPercent: input.quorumPercent,
				threshold: input.threshold,
				secret: input.secret,
				liveResults: false
			},
			now
		);
	} catch (error) {
		await db.deleteFrom('positions').where('id', '=', motionId).execute();
		throw error;
	}
	await db.transaction().execute(async (trx) => {
		const moved = await trx
			.updateTable('recommendations')
			.set({ status: 'voting', adoption_ballot_id: ballotId, updated_at: now })
			.where('id', '=', rec.id)
			.where('status', '=', 'draft')
			.executeTakeFirst();
		if (Number(moved.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_recommendation_not_draft');
		await recordAudit(trx, { actorId: access.user.id, action: 'recommendation.put_to_vote', committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, data: { ballotId, version: rec.version } }, now);
	});
	publishStatus({ ...rec, status: 'voting' });
	return ballotId;
}

/** Settles a recommendation whose adoption ballot has closed; returns the row as it now stands. */
export async function settleAdoption(db: Db, rec: Recommendation, now = Date.now()): Promise<Recommendation> {
	if (rec.status !== 'voting' || !rec.adoption_ballot_id) return rec;
	const result = await closedBallotResult(db, rec.adoption_ballot_id, now);
	if (!result) return rec;
	const ballot = await db.selectFrom('ballots').select(['closes_at', 'closed_at']).where('id', '=', rec.adoption_ballot_id).executeTakeFirstOrThrow();
	const motion = await db.selectFrom('ballot_positions').select('position_id').where('ballot_id', '=', rec.adoption_ballot_id).executeTakeFirstOrThrow();
	const passed = result.positions.find((p) => p.positionId === motion.position_id)?.passed === true;
	const evidence = evidenceLine(result, motion.position_id);
	const settled = await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('recommendations')
			.set(passed ? { status: 'adopted', adopted_at: closedAt(ballot), adoption_evidence: evidence } : { status: 'draft', adoption_evidence: evidence })
			.where('id', '=', rec.id)
			.where('status', '=', 'voting')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) return false;
		await recordAudit(
			trx,
			{ actorId: null, action: passed ? 'recommendation.adopted' : 'recommendation.not_adopted', committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, data: { ballotId: rec.adoption_ballot_id, evidence } },
			now
		);
		return true;
	});
	const row = await db.selectFrom('recommendations').selectAll().where('id', '=', rec.id).executeTakeFirstOrThrow();
	if (settled) publishStatus(row);
	return row;
}

export function publishStatus(rec: Pick<Recommendation, 'id' | 'committee_id' | 'consultation_id' | 'body_id' | 'status'>, status: string = rec.status): void {
	publish('recommendation.status', { recommendationId: rec.id, committeeId: rec.committee_id, consultationId: rec.consultation_id, bodyId: rec.body_id, status });
}
