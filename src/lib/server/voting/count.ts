// Counting a ballot: pure functions over the stored choices, no database, no clock. The same code counts the results
// page, the sealed result at close, `npm run ballot:recount` and the bench, so every count of one ballot agrees.
//
// Methods (docs/voting.md):
//   single   one option per position (default support / oppose / abstain). A position passes when the quorum is met
//            and its "for" option reaches the threshold of the votes cast on it, abstentions excluded.
//   approval the member approves any number of alternative positions (none = abstain). Each position's share is its
//            approvals over the members who did not abstain; the winner is the single most approved position, if
//            it reaches the threshold (a tie for most approvals has no winner).
//   ranked   instant-runoff over alternative positions (none ranked = abstain). Each round counts every ballot for
//            its highest-ranked continuing position; a position with more than half of the continuing ballots wins;
//            otherwise the one with the fewest votes is eliminated. A ballot with no continuing position left is
//            exhausted and counts no further. The winner passes when its final-round share reaches the threshold.
//
// Tie rule for elimination (instant-runoff): among the positions tied for fewest votes in the round, eliminate the
// one with the fewest first preferences (round 1); if still tied, decide by lot, seeded by the ballot id: the tied
// position whose SHA-256("<ballot id>:<position id>") is smallest is eliminated. The lot is reproducible, so a
// recount gives the same rounds, and it is marked on the round where it was used.
import { createHash } from 'node:crypto';

export type Method = 'single' | 'approval' | 'ranked';
export type Threshold = 'majority' | 'two_thirds';
export type OptionRole = 'for' | 'against' | 'abstain';

export interface BallotOption {
	key: string;
	label: string;
	role: OptionRole;
}

/**
 * One member's stored choice. single: one option key per position, in the ballot's position order; approval: the
 * approved position ids; ranked: position ids, most preferred first. An empty approval or ranking is an abstention.
 */
export type Choice = { method: 'single'; picks: string[] } | { method: 'approval'; approved: string[] } | { method: 'ranked'; ranking: string[] };

export interface CountInput {
	ballotId: string;
	method: Method;
	/** Position ids in the ballot's order. */
	positions: string[];
	/** Options for single choice; ignored by approval and ranked. */
	options: BallotOption[];
	eligible: number;
	/** Share of eligible members who must vote, 1–100. */
	quorumPercent: number;
	threshold: Threshold;
	secret: boolean;
	choices: Choice[];
}

export interface OptionCount {
	key: string;
	label: string;
	role: OptionRole;
	count: number;
}

export interface PositionResult {
	positionId: string;
	/** Members whose vote counts for this position (abstentions included). */
	voted: number;
	/** Counts per option (single), or approvals / final-round votes as one "for" count; null when withheld. */
	counts: OptionCount[] | null;
	for: number | null;
	against: number | null;
	abstain: number | null;
	passed: boolean;
}

export interface IrvRound {
	round: number;
	/** Votes per continuing position this round. */
	tallies: Record<string, number>;
	exhausted: number;
	eliminated: string | null;
	/** How the eliminated position was picked when several were tied for fewest. */
	tieBreak: 'first_preferences' | 'lot' | null;
	winner: string | null;
}

export interface BallotResult {
	method: Method;
	eligible: number;
	voted: number;
	turnoutPercent: number;
	quorumPercent: number;
	quorumMet: boolean;
	threshold: Threshold;
	/** Secret ballot with fewer than MIN_FOR_BREAKDOWN voters: only turnout is shown. */
	withheld: boolean;
	positions: PositionResult[];
	/** approval and ranked: the position chosen among the alternatives, if any. */
	winner: string | null;
	rounds: IrvRound[] | null;
}

/** DESIGN.md rule 8: in a secret ballot a breakdown of fewer than five votes could point at one member's choice. */
export const MIN_FOR_BREAKDOWN = 5;

export const DEFAULT_OPTIONS: BallotOption[] = [
	{ key: 'support', label: 'Support', role: 'for' },
	{ key: 'oppose', label: 'Oppose', role: 'against' },
	{ key: 'abstain', label: 'Abstain', role: 'abstain' }
];

/** Whether `forVotes` out of `cast` (abstentions excluded) passes: more than half, or at least two thirds. */
export function meetsThreshold(forVotes: number, cast: number, threshold: Threshold): boolean {
	if (cast <= 0) return false;
	return threshold === 'majority' ? forVotes * 2 > cast : forVotes * 3 >= cast * 2;
}

export function quorumMet(voted: number, eligible: number, quorumPercent: number): boolean {
	return eligible > 0 && voted * 100 >= eligible * quorumPercent;
}

function lot(ballotId: string, positionId: string): string {
	return createHash('sha256').update(`${ballotId}:${positionId}`).digest('hex');
}

/** Instant-runoff over `candidates` with the tie rule above. Rankings may be partial; they must hold no duplicates. */
export function instantRunoff(ballotId: string, candidates: string[], rankings: string[][]): { winner: string | null; rounds: IrvRound[] } {
	const continuing = new Set(candidates);
	const rounds: IrvRound[] = [];
	// Ballots with the same ranking are counted once with a weight: a committee's 10,000 votes have few distinct rankings.
	const groups = new Map<string, { ranking: string[]; weight: number }>();
	for (const ranking of rankings) {
		if (ranking.length === 0) continue;
		const key = ranking.join('\u0000');
		const group = groups.get(key);
		if (group) group.weight++;
		else groups.set(key, { ranking, weight: 1 });
	}
	let firstPreferences: Record<string, number> | null = null;
	for (let round = 1; continuing.size > 0; round++) {
		const tallies: Record<string, number> = {};
		for (const c of candidates) if (continuing.has(c)) tallies[c] = 0;
		let exhausted = 0;
		for (const { ranking, weight } of groups.values()) {
			const top = ranking.find((c) => continuing.has(c));
			if (top === undefined) exhausted += weight;
			else tallies[top] += weight;
		}
		firstPreferences ??= { ...tallies };
		const active = Object.values(tallies).reduce((a, b) => a + b, 0);
		const entry: IrvRound = { round, tallies, exhausted, eliminated: null, tieBreak: null, winner: null };
		rounds.push(entry);
		if (active === 0) return { winner: null, rounds };
		const leader = Object.entries(tallies).find(([, n]) => n * 2 > active);
		if (leader || continuing.size === 1) {
			entry.winner = leader ? leader[0] : [...continuing][0];
			return { winner: entry.winner, rounds };
		}
		const fewest = Math.min(...Object.values(tallies));
		let tied = Object.keys(tallies).filter((c) => tallies[c] === fewest);
		if (tied.length > 1) {
			const fp = firstPreferences;
			const least = Math.min(...tied.map((c) => fp[c] ?? 0));
			const byFirst = tied.filter((c) => (fp[c] ?? 0) === least);
			entry.tieBreak = byFirst.length < tied.length ? 'first_preferences' : 'lot';
			tied = byFirst;
			if (tied.length > 1) tied.sort((a, b) => (lot(ballotId, a) < lot(ballotId, b) ? -1 : 1));
		}
		entry.eliminated = tied[0];
		continuing.delete(tied[0]);
	}
	return { winner: null, rounds };
}

/**
 * The result of a ballot from its stored choices (assumed valid: they were checked when cast). When the breakdown is
 * withheld the outcome (passed or not, the winner) stays, since the committee must know what it decided; the counts,
 * the rounds and so everything that could point at a member's choice go.
 */
export function countBallot(input: CountInput): BallotResult {
	const full = countAll(input);
	if (!full.withheld) return full;
	return { ...full, rounds: null, positions: full.positions.map((p) => ({ ...p, counts: null, for: null, against: null, abstain: null })) };
}

function countAll(input: CountInput): BallotResult {
	const voted = input.choices.length;
	const met = quorumMet(voted, input.eligible, input.quorumPercent);
	const withheld = input.secret && voted < MIN_FOR_BREAKDOWN;
	const base = {
		method: input.method,
		eligible: input.eligible,
		voted,
		turnoutPercent: input.eligible > 0 ? Math.round((voted * 1000) / input.eligible) / 10 : 0,
		quorumPercent: input.quorumPercent,
		quorumMet: met,
		threshold: input.threshold,
		withheld
	};

	if (input.method === 'single') {
		// One pass over the choices: counts[position][option].
		const index = new Map(input.options.map((o, i) => [o.key, i]));
		const counts = input.positions.map(() => new Array<number>(input.options.length).fill(0));
		for (const choice of input.choices) {
			if (choice.method !== 'single') continue;
			for (let p = 0; p < counts.length; p++) {
				const i = index.get(choice.picks[p]);
				if (i !== undefined) counts[p][i]++;
			}
		}
		const positions = input.positions.map((positionId, p) => {
			const sum = (role: OptionRole) => input.options.reduce((n, o, i) => (o.role === role ? n + counts[p][i] : n), 0);
			const forVotes = sum('for');
			const against = sum('against');
			return {
				positionId,
				voted,
				counts: input.options.map((o, i) => ({ ...o, count: counts[p][i] })),
				for: forVotes,
				against,
				abstain: sum('abstain'),
				passed: met && meetsThreshold(forVotes, forVotes + against, input.threshold)
			};
		});
		return { ...base, positions, winner: null, rounds: null };
	}

	if (input.method === 'approval') {
		const approvals = new Map(input.positions.map((p) => [p, 0]));
		let abstained = 0;
		for (const choice of input.choices) {
			if (choice.method !== 'approval') continue;
			if (choice.approved.length === 0) abstained++;
			for (const p of choice.approved) approvals.set(p, (approvals.get(p) ?? 0) + 1);
		}
		const cast = voted - abstained;
		const most = Math.max(0, ...approvals.values());
		const top = input.positions.filter((p) => approvals.get(p) === most);
		const winner = met && most > 0 && top.length === 1 && meetsThreshold(most, cast, input.threshold) ? top[0] : null;
		const positions = input.positions.map((positionId) => {
			const n = approvals.get(positionId) ?? 0;
			return {
				positionId,
				voted,
				counts: [{ key: 'approve', label: 'Approve', role: 'for' as const, count: n }],
				for: n,
				against: cast - n,
				abstain: abstained,
				passed: positionId === winner
			};
		});
		return { ...base, positions, winner, rounds: null };
	}

	const rankings = input.choices.map((c) => (c.method === 'ranked' ? c.ranking : []));
	const abstained = rankings.filter((r) => r.length === 0).length;
	const irv = instantRunoff(input.ballotId, input.positions, rankings);
	const last = irv.rounds[irv.rounds.length - 1];
	const finalActive = last ? Object.values(last.tallies).reduce((a, b) => a + b, 0) : 0;
	const winnerVotes = irv.winner && last ? last.tallies[irv.winner] : 0;
	const winner = irv.winner && met && meetsThreshold(winnerVotes, finalActive, input.threshold) ? irv.winner : null;
	const positions = input.positions.map((positionId) => {
		// A position's figure is its count in the last round it took part in.
		const lastSeen = [...irv.rounds].reverse().find((r) => positionId in r.tallies);
		const n = lastSeen?.tallies[positionId] ?? 0;
		const active = lastSeen ? Object.values(lastSeen.tallies).reduce((a, b) => a + b, 0) : 0;
		return {
			positionId,
			voted,
			counts: [{ key: 'votes', label: 'Votes', role: 'for' as const, count: n }],
			for: n,
			against: active - n,
			abstain: abstained,
			passed: positionId === winner
		};
	});
	return { ...base, positions, winner, rounds: irv.rounds };
}

/** "adopted 14–3, 2 abstentions, turnout 86%": the line a recommendation quotes as evidence. */
export function evidenceLine(result: BallotResult, positionId: string): string {
	const p = result.positions.find((x) => x.positionId === positionId);
	const turnout = `turnout ${Math.round(result.turnoutPercent)}%`;
	if (!p) return turnout;
	if (!result.quorumMet) return `no decision: quorum of ${result.quorumPercent}% not met, ${turnout}`;
	if (p.for === null) return `${p.passed ? 'adopted' : 'not adopted'}, ${turnout}`;
	const abstentions = p.abstain ? `, ${p.abstain} ${p.abstain === 1 ? 'abstention' : 'abstentions'}` : '';
	return `${p.passed ? 'adopted' : 'not adopted'} ${p.for}–${p.against}${abstentions}, ${turnout}`;
}
