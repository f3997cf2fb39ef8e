// Ballots in the reader's language: method and threshold names, and a vote's choice written out (for the voter's
// own "you voted" box and the published list of receipts).
import { m } from '$lib/paraglide/messages';
import type { BallotOption, Choice } from '$lib/server/voting/count';

export type { BallotOption, Choice };
export type { BallotResult, IrvRound, PositionResult } from '$lib/server/voting/count';

export function methodLabel(method: string): string {
	return method === 'approval' ? m.ballot_method_approval() : method === 'ranked' ? m.ballot_method_ranked() : m.ballot_method_single();
}

export function thresholdLabel(threshold: string): string {
	return threshold === 'two_thirds' ? m.ballot_threshold_two_thirds() : m.ballot_threshold_majority();
}

/** "Position 1: Support · Position 2: Oppose", "Approved: position 2", "Ranked: 2, 1", or "Abstained". */
export function describeChoice(choice: Choice, positionIds: string[], options: BallotOption[]): string {
	const number = (id: string) => String(positionIds.indexOf(id) + 1);
	if (choice.method === 'single') {
		return choice.picks.map((key, i) => m.ballot_choice_pick({ number: i + 1, option: options.find((o) => o.key === key)?.label ?? key })).join(' · ');
	}
	// Stored approvals are sorted by id (receipts.ts, canonicalChoice); the reader wants them in ballot order.
	if (choice.method === 'approval') return choice.approved.length ? m.ballot_choice_approved({ list: choice.approved.map(number).sort((a, b) => Number(a) - Number(b)).join(', ') }) : m.ballot_choice_abstained();
	return choice.ranking.length ? m.ballot_choice_ranked({ list: choice.ranking.map(number).join(' › ') }) : m.ballot_choice_abstained();
}
