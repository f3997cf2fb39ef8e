// Counting ballots, checked against hand-worked examples: the instant-runoff rounds of Wikipedia's "Instant-runoff
// voting" article (the Tennessee capital example: https://en.wikipedia.org/wiki/Instant-runoff_voting), and small
// committees worked out by hand in the comments beside each test.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countBallot, DEFAULT_OPTIONS, evidenceLine, instantRunoff, meetsThreshold, quorumMet, type Choice, type CountInput } from '../../src/lib/server/voting/count';
import { choiceFrom } from '../../src/lib/server/voting/choice';
import { DomainError } from '../../src/lib/server/errors';

const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
const single = (...picks: string[]): Choice => ({ method: 'single', picks });
const ranked = (...ranking: string[]): Choice => ({ method: 'ranked', ranking });
const approval = (...approved: string[]): Choice => ({ method: 'approval', approved });

function input(over: Partial<CountInput>): CountInput {
	return { ballotId: 'b', method: 'single', positions: ['p'], options: DEFAULT_OPTIONS, eligible: 100, quorumPercent: 50, threshold: 'majority', secret: true, choices: [], ...over };
}

describe('instant-runoff', () => {
	it('elects Knoxville in the Tennessee capital example (Wikipedia), eliminating Chattanooga then Nashville', () => {
		// 42% Memphis > Nashville > Chattanooga > Knoxville; 26% Nashville > Chattanooga > Knoxville > Memphis;
		// 15% Chattanooga > Knoxville > Nashville > Memphis; 17% Knoxville > Chattanooga > Nashville > Memphis.
		const rankings = [
			...repeat(42, ['M', 'N', 'C', 'K']),
			...repeat(26, ['N', 'C', 'K', 'M']),
			...repeat(15, ['C', 'K', 'N', 'M']),
			...repeat(17, ['K', 'C', 'N', 'M'])
		];
		const { winner, rounds } = instantRunoff('tn', ['M', 'N', 'C', 'K'], rankings);
		expect(rounds.map((r) => r.tallies)).toEqual([
			{ M: 42, N: 26, C: 15, K: 17 },
			{ M: 42, N: 26, K: 32 },
			{ M: 42, K: 58 }
		]);
		expect(rounds.map((r) => r.eliminated)).toEqual(['C', 'N', null]);
		expect(winner).toBe('K');
	});

	it('sets exhausted ballots aside and needs a majority of the ballots still counting only', () => {
		// 6 × A; 5 × B; 2 × C only; 2 × C > B. Round 1: A 6, B 5, C 4 of 15, no majority; C is out.
		// Round 2: the two "C only" ballots are exhausted; A 6, B 7 of the 13 still counting: B wins.
		const rankings = [...repeat(6, ['A']), ...repeat(5, ['B']), ...repeat(2, ['C']), ...repeat(2, ['C', 'B'])];
		const { winner, rounds } = instantRunoff('x', ['A', 'B', 'C'], rankings);
		expect(rounds[1]).toMatchObject({ tallies: { A: 6, B: 7 }, exhausted: 2, winner: 'B' });
		expect(winner).toBe('B');
	});

	it('breaks a tie for fewest votes by first preferences', () => {
		// 5 × A; 4 × B; 3 × C; D > C; D > B. Round 1: A 5, B 4, C 3, D 2: D out. Round 2: A 5, B 5, C 4: C out (its
		// four ballots, D > C among them, are exhausted). Round 3: A 5, B 5, tied for fewest: B had fewer first preferences (4 < 5), so B
		// is out and A wins.
		const rankings = [...repeat(5, ['A']), ...repeat(4, ['B']), ...repeat(3, ['C']), ['D', 'C'], ['D', 'B']];
		const { winner, rounds } = instantRunoff('x', ['A', 'B', 'C', 'D'], rankings);
		expect(rounds.map((r) => r.eliminated)).toEqual(['D', 'C', 'B', null]);
		expect(rounds[2]).toMatchObject({ tallies: { A: 5, B: 5 }, exhausted: 4, tieBreak: 'first_preferences' });
		expect(winner).toBe('A');
	});

	it('breaks a complete tie by lot seeded with the ballot id, the same way every time', () => {
		const rankings = [['A'], ['A'], ['B'], ['B']];
		const hash = (ballot: string, p: string) => createHash('sha256').update(`${ballot}:${p}`).digest('hex');
		for (const ballot of ['ballot-1', 'ballot-2', 'ballot-3']) {
			const loser = hash(ballot, 'A') < hash(ballot, 'B') ? 'A' : 'B';
			const { winner, rounds } = instantRunoff(ballot, ['A', 'B'], rankings);
			expect(rounds[0]).toMatchObject({ eliminated: loser, tieBreak: 'lot' });
			expect(winner).toBe(loser === 'A' ? 'B' : 'A');
			expect(instantRunoff(ballot, ['A', 'B'], rankings)).toEqual({ winner, rounds });
		}
	});

	it('has no winner when every ballot is empty', () => {
		expect(instantRunoff('x', ['A', 'B'], [[], []]).winner).toBeNull();
	});
});

describe('thresholds and quorum', () => {
	it('needs more than half for a simple majority and at least two thirds for two thirds, abstentions excluded', () => {
		expect(meetsThreshold(5, 10, 'majority')).toBe(false);
		expect(meetsThreshold(6, 11, 'majority')).toBe(true);
		expect(meetsThreshold(10, 15, 'two_thirds')).toBe(true);
		expect(meetsThreshold(9, 14, 'two_thirds')).toBe(false);
		expect(meetsThreshold(0, 0, 'majority')).toBe(false);
	});

	it('meets a 50% quorum with half the eligible members, not one fewer', () => {
		expect(quorumMet(5, 10, 50)).toBe(true);
		expect(quorumMet(4, 10, 50)).toBe(false);
		expect(quorumMet(0, 0, 50)).toBe(false);
	});
});

describe('single choice per position', () => {
	it('adopts a position 14–3 with 2 abstentions and says so as evidence', () => {
		const choices = [...repeat(14, single('support', 'oppose')), ...repeat(3, single('oppose', 'oppose')), ...repeat(2, single('abstain', 'support'))];
		const result = countBallot(input({ positions: ['s4', 's7'], eligible: 22, choices }));
		expect(result).toMatchObject({ voted: 19, turnoutPercent: 86.4, quorumMet: true, withheld: false });
		expect(result.positions[0]).toMatchObject({ for: 14, against: 3, abstain: 2, passed: true });
		expect(result.positions[0].counts?.map((c) => c.count)).toEqual([14, 3, 2]);
		expect(result.positions[1]).toMatchObject({ for: 2, against: 17, abstain: 0, passed: false });
		expect(evidenceLine(result, 's4')).toBe('adopted 14–3, 2 abstentions, turnout 86%');
	});

	it('passes nothing when the quorum is not met', () => {
		const result = countBallot(input({ eligible: 20, quorumPercent: 50, choices: repeat(9, single('support')) }));
		expect(result.quorumMet).toBe(false);
		expect(result.positions[0].passed).toBe(false);
		expect(evidenceLine(result, 'p')).toBe('no decision: quorum of 50% not met, turnout 45%');
	});

	it('asks two thirds of votes cast excluding abstentions', () => {
		const choices = [...repeat(10, single('support')), ...repeat(5, single('oppose')), ...repeat(9, single('abstain'))];
		expect(countBallot(input({ threshold: 'two_thirds', eligible: 24, choices })).positions[0].passed).toBe(true);
		const fewer = [...repeat(9, single('support')), ...repeat(5, single('oppose'))];
		expect(countBallot(input({ threshold: 'two_thirds', eligible: 14, choices: fewer })).positions[0].passed).toBe(false);
	});

	it('withholds the breakdown of a secret ballot with fewer than five voters, but keeps turnout and the outcome', () => {
		const choices = repeat(4, single('support'));
		const secret = countBallot(input({ eligible: 6, choices }));
		expect(secret).toMatchObject({ withheld: true, voted: 4, quorumMet: true });
		expect(secret.positions[0]).toMatchObject({ counts: null, for: null, against: null, abstain: null, passed: true });
		expect(JSON.stringify(secret)).not.toMatch(/"count":/);
		expect(countBallot(input({ eligible: 6, choices, secret: false })).positions[0].for).toBe(4);
		expect(countBallot(input({ eligible: 6, choices: repeat(5, single('support')) })).withheld).toBe(false);
	});

	it('counts custom options by their role', () => {
		const options = [
			{ key: 'a', label: 'Yes, as written', role: 'for' as const },
			{ key: 'b', label: 'Yes, if the age is 16', role: 'for' as const },
			{ key: 'c', label: 'No', role: 'against' as const }
		];
		const result = countBallot(input({ options, eligible: 9, choices: [...repeat(3, single('a')), ...repeat(3, single('b')), ...repeat(3, single('c'))] }));
		expect(result.positions[0]).toMatchObject({ for: 6, against: 3, abstain: 0, passed: true });
	});
});

describe('approval across alternative positions', () => {
	it('chooses the most approved position when it reaches the threshold of members who did not abstain', () => {
		// 4 × {X, Y}; 3 × {Y}; 2 × {Z}; 1 abstains. X 4, Y 7, Z 2 of 9 who voted for something: Y has a majority.
		const choices = [...repeat(4, approval('X', 'Y')), ...repeat(3, approval('Y')), ...repeat(2, approval('Z')), approval()];
		const result = countBallot(input({ method: 'approval', positions: ['X', 'Y', 'Z'], eligible: 12, choices }));
		expect(result.positions.map((p) => p.for)).toEqual([4, 7, 2]);
		expect(result.positions[1]).toMatchObject({ against: 2, abstain: 1, passed: true });
		expect(result.winner).toBe('Y');
	});

	it('has no winner on a tie for most approvals', () => {
		const choices = [...repeat(3, approval('X')), ...repeat(3, approval('Y'))];
		expect(countBallot(input({ method: 'approval', positions: ['X', 'Y'], eligible: 6, choices })).winner).toBeNull();
	});
});

describe('ranked choice in a ballot', () => {
	it('reports the rounds and passes the winner, and withholds the rounds of a small secret ballot', () => {
		const choices = [...repeat(3, ranked('A', 'B')), ...repeat(2, ranked('B')), ranked('C', 'B'), ranked()];
		const result = countBallot(input({ method: 'ranked', positions: ['A', 'B', 'C'], eligible: 8, choices }));
		// Round 1: A 3, B 2, C 1 (one abstention): C out, its ballot goes to B. Round 2: A 3, B 3: tied, A had more
		// first preferences, so B is out. A wins with 3 of 3.
		expect(result.rounds?.map((r) => r.eliminated)).toEqual(['C', 'B', null]);
		expect(result.winner).toBe('A');
		expect(result.positions.find((p) => p.positionId === 'A')).toMatchObject({ passed: true, abstain: 1 });
		const small = countBallot(input({ method: 'ranked', positions: ['A', 'B'], eligible: 4, choices: repeat(3, ranked('A')) }));
		expect(small).toMatchObject({ withheld: true, rounds: null, winner: 'A' });
	});
});

describe('reading a vote', () => {
	const err = (f: () => unknown) => {
		try {
			f();
		} catch (e) {
			if (e instanceof DomainError) return e.messageKey;
		}
		throw new Error('expected a DomainError');
	};
	const raw = { picks: {}, approved: [], ranks: {}, abstain: false };

	it('needs a known option for each position in single choice', () => {
		expect(choiceFrom('single', ['p', 'q'], DEFAULT_OPTIONS, { ...raw, picks: { p: 'support', q: 'abstain' } })).toEqual(single('support', 'abstain'));
		expect(err(() => choiceFrom('single', ['p', 'q'], DEFAULT_OPTIONS, { ...raw, picks: { p: 'support' } }))).toBe('error_vote_pick_each');
		expect(err(() => choiceFrom('single', ['p'], DEFAULT_OPTIONS, { ...raw, picks: { p: 'maybe' } }))).toBe('error_vote_unknown_option');
	});

	it('refuses a ranking with duplicates, gaps, or a position not on the ballot', () => {
		const ps = ['A', 'B', 'C'];
		expect(choiceFrom('ranked', ps, [], { ...raw, ranks: { A: '2', B: '1', C: '' } })).toEqual(ranked('B', 'A'));
		expect(err(() => choiceFrom('ranked', ps, [], { ...raw, ranks: { A: '1', B: '1' } }))).toBe('error_vote_rank_duplicate');
		expect(err(() => choiceFrom('ranked', ps, [], { ...raw, ranks: { A: '1', B: '3' } }))).toBe('error_vote_rank_gap');
		expect(err(() => choiceFrom('ranked', ps, [], { ...raw, ranks: { A: '1', Z: '2' } }))).toBe('error_vote_unknown_option');
		expect(err(() => choiceFrom('ranked', ps, [], { ...raw, ranks: { A: 'first' } }))).toBe('error_vote_rank_invalid');
		expect(err(() => choiceFrom('ranked', ps, [], raw))).toBe('error_vote_empty');
		expect(choiceFrom('ranked', ps, [], { ...raw, abstain: true })).toEqual(ranked());
	});

	it('takes approvals of positions on the ballot only, or an abstention, not both', () => {
		expect(choiceFrom('approval', ['A', 'B'], [], { ...raw, approved: ['B', 'A', 'B'] })).toEqual(approval('A', 'B'));
		expect(err(() => choiceFrom('approval', ['A', 'B'], [], { ...raw, approved: ['C'] }))).toBe('error_vote_unknown_option');
		expect(err(() => choiceFrom('approval', ['A', 'B'], [], { ...raw, approved: ['A'], abstain: true }))).toBe('error_vote_abstain_and_choose');
	});
});
