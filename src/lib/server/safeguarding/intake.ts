// The one seam every text a user writes passes through before anyone else sees it (DESIGN.md, safeguarding rules
// 3 and 4): the screen first, then the committee's moderation mode.
//   concern → never published: the caller raises a confidential concern for the safeguarding leads.
//   hold    → saved, shown only to its author and the facilitators until one decides.
// In pre-moderation every youth post is held as well.
import type { EffectiveRole } from '../auth/guards';
import type { ModerationMode } from '../db/schema';
import type { Db } from '../db/index';
import { screenText, type Reason } from './screen/index';
import { screenWordsFor } from './committee-words';

export interface ContributionContext {
	text: string;
	authorRole: EffectiveRole;
	moderationMode: ModerationMode;
	/** The author's country, for phone numbers written without "+". */
	authorCountry?: string | null;
	committeeCountry?: string | null;
	/** The committee's own additions to the abuse list (committee-words.ts). */
	extraWords?: string[];
}

export type HoldReason = Reason | { kind: 'pre_moderation' };

export type ContributionVerdict = { state: 'published'; reasons: [] } | { state: 'held'; reasons: HoldReason[] } | { state: 'concern'; reasons: Reason[] };

export function reviewContribution(input: ContributionContext): ContributionVerdict {
	const screen = screenText(input.text, { country: input.authorCountry, committeeCountry: input.committeeCountry, authorRole: input.authorRole, extraWords: input.extraWords });
	if (screen.verdict === 'concern') return { state: 'concern', reasons: screen.reasons };
	if (screen.verdict === 'hold') return { state: 'held', reasons: screen.reasons };
	if (input.moderationMode === 'pre' && input.authorRole === 'member') return { state: 'held', reasons: [{ kind: 'pre_moderation' }] };
	return { state: 'published', reasons: [] };
}

/**
 * The reasons stored with a held comment (comments.screen_reasons, JSON). A held comment with none stored was held
 * by pre-moderation; a comment that is not held has none.
 */
export function storedHoldReasons(json: string | null, state: string): HoldReason[] {
	if (json) return JSON.parse(json) as HoldReason[];
	return state === 'held' ? [{ kind: 'pre_moderation' }] : [];
}

/** The reasons that point at a span of the text (everything but pre-moderation). */
export function spanReasons(reasons: HoldReason[]): Reason[] {
	return reasons.filter((r): r is Reason => 'start' in r);
}

/** Who writes where: the author's role and country, and the committee (its moderation mode, country and own words). */
export interface WritingAccess {
	user: { country: string | null };
	role: EffectiveRole;
	committee: { id: string; moderation_mode: ModerationMode; country: string };
}

/** reviewContribution for a text the actor of `access` writes in its committee, with the committee's own words. */
export async function reviewInCommittee(db: Db, access: WritingAccess, text: string): Promise<ContributionVerdict> {
	return reviewContribution({
		text,
		authorRole: access.role,
		moderationMode: access.committee.moderation_mode,
		authorCountry: access.user.country,
		committeeCountry: access.committee.country,
		extraWords: await screenWordsFor(db, access.committee.id)
	});
}
