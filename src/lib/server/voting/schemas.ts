// Input schemas for positions, ballots and votes. Repeated fields (checkboxes) and per-position fields are read by
// the helpers below, since a schema sees one value per name.
import { z } from 'zod';
import { id } from '../schemas';
import type { RawVote } from './choice';

const optionalId = z
	.string()
	.optional()
	.transform((v) => v || null)
	.pipe(z.string().regex(/^[a-z2-7]{16}$/, { error: 'error_invalid_value' }).nullable());

const yes = z
	.string()
	.optional()
	.transform((v) => v === 'yes');

export const positionSchema = z.object({
	statement: z.string({ error: 'error_required' }).max(20_000, { error: 'error_too_long' }),
	sectionId: optionalId
});

export const positionCommentSchema = z.object({ body: z.string({ error: 'error_required' }).max(20_000, { error: 'error_too_long' }) });

export const cosignSchema = z.object({ positionId: id, on: z.enum(['yes', 'no'], { error: 'error_invalid_value' }).transform((v) => v === 'yes') });

export const moderatePositionSchema = z.object({
	kind: z.enum(['position', 'comment'], { error: 'error_invalid_value' }),
	id,
	action: z.enum(['approve', 'remove'], { error: 'error_invalid_value' }),
	reason: z.string().max(1000, { error: 'error_too_long' }).optional().transform((v) => v ?? '')
});

export const mergeSchema = z.object({ fromId: id, intoId: id });

const localDateTime = z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(25, { error: 'error_datetime_invalid' });

export const ballotSchema = z.object({
	method: z.enum(['single', 'approval', 'ranked'], { error: 'error_invalid_value' }),
	options: z.string().max(2000, { error: 'error_too_long' }).optional().transform((v) => (v ?? '').split('\n')),
	lastIsAbstain: yes,
	opensAt: localDateTime,
	closesAt: localDateTime,
	// Range checked by the service, so 0 % and 150 % get the same message from every door.
	quorumPercent: z.coerce.number({ error: 'error_ballot_quorum' }).refine(Number.isFinite, { error: 'error_ballot_quorum' }),
	threshold: z.enum(['majority', 'two_thirds'], { error: 'error_invalid_value' }),
	secret: yes,
	liveResults: yes
});

/** The ids ticked in a group of checkboxes called `name`. */
export function checkedIds(form: FormData, name: string): string[] {
	return form
		.getAll(name)
		.filter((v): v is string => typeof v === 'string')
		.filter((v) => /^[a-z2-7]{16}$/.test(v));
}

/** A vote as sent by the ballot page's form: pick-<position>, approve (repeated), rank-<position>, abstain, version. */
export function voteFromForm(form: FormData): { expectedVersion: number; vote: RawVote } {
	const picks: Record<string, string> = {};
	const ranks: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value !== 'string') continue;
		if (key.startsWith('pick-')) picks[key.slice(5)] = value;
		if (key.startsWith('rank-')) ranks[key.slice(5)] = value;
	}
	const version = Number(form.get('version') ?? 0);
	return {
		expectedVersion: Number.isInteger(version) && version >= 0 ? version : 0,
		vote: { picks, ranks, approved: form.getAll('approve').filter((v): v is string => typeof v === 'string'), abstain: form.get('abstain') === 'yes' }
	};
}
