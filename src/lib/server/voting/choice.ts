// Turns what a member sent (form fields or JSON) into a valid Choice for the ballot, or a DomainError that says what
// to fix. Pure: the ballot's method, positions and options come in, nothing is read from the database.
import { DomainError } from '../errors';
import type { BallotOption, Choice, Method } from './count';

export interface RawVote {
	/** single: position id → option key. */
	picks: Record<string, string>;
	/** approval: the approved position ids. */
	approved: string[];
	/** ranked: position id → its rank as typed ("1", "2", … or "" for not ranked). */
	ranks: Record<string, string>;
	/** approval and ranked: an explicit abstention (nothing approved or ranked). */
	abstain: boolean;
}

export function choiceFrom(method: Method, positions: string[], options: BallotOption[], raw: RawVote): Choice {
	if (method === 'single') {
		const keys = new Set(options.map((o) => o.key));
		const picks = positions.map((p) => {
			const pick = raw.picks[p];
			if (!pick) throw new DomainError('invalid', 'error_vote_pick_each', {}, `pick-${p}`);
			if (!keys.has(pick)) throw new DomainError('invalid', 'error_vote_unknown_option', {}, `pick-${p}`);
			return pick;
		});
		return { method, picks };
	}
	if (method === 'approval') {
		const approved = [...new Set(raw.approved)];
		for (const p of approved) if (!positions.includes(p)) throw new DomainError('invalid', 'error_vote_unknown_option');
		if (approved.length > 0 && raw.abstain) throw new DomainError('invalid', 'error_vote_abstain_and_choose');
		if (approved.length === 0 && !raw.abstain) throw new DomainError('invalid', 'error_vote_empty');
		return { method, approved: positions.filter((p) => approved.includes(p)) };
	}
	for (const p of Object.keys(raw.ranks)) if (!positions.includes(p)) throw new DomainError('invalid', 'error_vote_unknown_option');
	const ranked: { position: string; rank: number }[] = [];
	for (const p of positions) {
		const text = (raw.ranks[p] ?? '').trim();
		if (!text) continue;
		const rank = Number(text);
		if (!Number.isInteger(rank) || rank < 1 || rank > positions.length) throw new DomainError('invalid', 'error_vote_rank_invalid', { max: positions.length }, `rank-${p}`);
		ranked.push({ position: p, rank });
	}
	ranked.sort((a, b) => a.rank - b.rank);
	for (let i = 0; i < ranked.length; i++) {
		if (i > 0 && ranked[i].rank === ranked[i - 1].rank) throw new DomainError('invalid', 'error_vote_rank_duplicate', { rank: ranked[i].rank });
		if (ranked[i].rank !== i + 1) throw new DomainError('invalid', 'error_vote_rank_gap', { rank: i + 1 });
	}
	if (ranked.length > 0 && raw.abstain) throw new DomainError('invalid', 'error_vote_abstain_and_choose');
	if (ranked.length === 0 && !raw.abstain) throw new DomainError('invalid', 'error_vote_empty');
	return { method, ranking: ranked.map((r) => r.position) };
}
