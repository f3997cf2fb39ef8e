import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { ballotPositions, ballotResults, castVote, closeBallotNow, closedAt, isEligible, myVote, openBallotNow, requireBallot, turnout, type BallotResults } from '$lib/server/voting/ballots';
import { voteFromForm } from '$lib/server/voting/schemas';
import { normalizeReceipt } from '$lib/server/voting/receipts';
import type { BallotOption } from '$lib/server/voting/count';
import { formAction } from '$lib/server/kit/forms';
import { orErrorPage } from '$lib/server/kit/load-errors';
import { signedInOrRedirect } from '$lib/server/kit/guards';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	const db = getDb();
	const { ballot, state, access, facilitating } = await orErrorPage(requireBallot(db, user, params.bid));
	const [positions, counted, mine, eligible] = await Promise.all([ballotPositions(db, ballot.id), turnout(db, ballot), myVote(db, user, ballot.id), isEligible(db, ballot.id, user.id)]);
	const visible = state === 'closed' || (ballot.secret === 0 && ballot.live_results === 1 && state === 'open');
	const results: BallotResults | null = visible ? await orErrorPage(ballotResults(db, user, ballot.id)) : null;
	const asked = url.searchParams.get('receipt');
	const receipt = asked === null ? null : normalizeReceipt(asked);
	return {
		ballot: {
			id: ballot.id,
			method: ballot.method,
			options: JSON.parse(ballot.options) as BallotOption[],
			state,
			opensAt: ballot.opens_at,
			closesAt: closedAt(ballot),
			quorumPercent: ballot.quorum_percent,
			threshold: ballot.threshold,
			secret: ballot.secret === 1,
			liveResults: ballot.live_results === 1
		},
		consultation: { id: access.consultation.id, title: access.consultation.title },
		committee: { id: access.committee.id, timezone: access.committee.timezone },
		positions,
		turnout: counted,
		mine,
		canVote: state === 'open' && eligible && access.role === 'member' && user.status === 'active',
		role: access.role,
		eligible,
		facilitating,
		results,
		check: receipt === null ? null : { receipt: asked ?? '', found: results?.receipts.find((r) => r.receipt === receipt) ?? null, valid: receipt !== '' },
		voted: url.searchParams.has('voted')
	};
};

export const actions: Actions = {
	vote: async ({ request, locals, params }) => {
		const result = await formAction(request, async (form) => {
			const { expectedVersion, vote } = voteFromForm(form);
			return castVote(getDb(), locals.user, { ballotId: params.bid, expectedVersion, vote });
		});
		if (!('receipt' in result)) return result;
		// Post/redirect/get: reloading the page must not send the vote again.
		redirect(303, `/ballots/${params.bid}?voted=1#your-vote`);
	},
	open: ({ request, locals, params }) => formAction(request, () => openBallotNow(getDb(), locals.user, params.bid)),
	close: ({ request, locals, params }) => formAction(request, () => closeBallotNow(getDb(), locals.user, params.bid))
};
