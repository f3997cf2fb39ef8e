// A closed ballot's result as CSV: one row per position and option, with turnout and quorum; never a voter.
import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { ballotPositions, ballotResults, requireBallot } from '$lib/server/voting/ballots';
import { evidenceLine } from '$lib/server/voting/count';
import { DomainError, httpStatus } from '$lib/server/errors';
import { errorMessage } from '$lib/server/i18n';
import { csvCell } from '$lib/server/csv';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const db = getDb();
		const { ballot } = await requireBallot(db, locals.user, params.bid);
		const { result } = await ballotResults(db, locals.user, params.bid);
		const positions = await ballotPositions(db, ballot.id);
		const header = ['position', 'statement', 'option', 'votes', 'passed', 'evidence', 'voted', 'eligible', 'turnout_percent', 'quorum_percent', 'quorum_met', 'threshold'];
		const lines = [header.join(',')];
		for (const p of result.positions) {
			const n = positions.findIndex((x) => x.id === p.positionId) + 1;
			const common = (option: string, votes: number | null) =>
				[n, positions[n - 1]?.statement ?? '', option, votes, p.passed ? 'yes' : 'no', evidenceLine(result, p.positionId), result.voted, result.eligible, result.turnoutPercent, result.quorumPercent, result.quorumMet ? 'yes' : 'no', result.threshold]
					.map(csvCell)
					.join(',');
			if (p.counts) for (const c of p.counts) lines.push(common(c.label, c.count));
			else lines.push(common('(withheld: fewer than 5 voters)', null));
		}
		return new Response('\uFEFF' + lines.join('\r\n') + '\r\n', {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="ballot-${params.bid}.csv"` }
		});
	} catch (e) {
		if (e instanceof DomainError) error(httpStatus[e.code], errorMessage(e));
		throw e;
	}
};
