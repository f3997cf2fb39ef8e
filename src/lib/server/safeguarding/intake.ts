// The one seam every text a user writes passes through before anyone else sees it (DESIGN.md, safeguarding rules
// 3 and 4). Today it applies the committee's moderation mode: in pre-moderation every youth post waits for a
// facilitator. The safeguarding issue adds the screen (personal information, abuse, disclosures) here.
import type { EffectiveRole } from '../auth/guards';
import type { ModerationMode } from '../db/schema';

export interface ContributionContext {
	text: string;
	authorRole: EffectiveRole;
	moderationMode: ModerationMode;
}

export interface ContributionVerdict {
	state: 'published' | 'held';
	reasons: { kind: 'pre_moderation' }[];
}

export function reviewContribution(input: ContributionContext): ContributionVerdict {
	if (input.moderationMode === 'pre' && input.authorRole === 'member') return { state: 'held', reasons: [{ kind: 'pre_moderation' }] };
	return { state: 'published', reasons: [] };
}
