// Input schemas for committees, invitations and roles.
import { z } from 'zod';
import { country, email, id, isTimeZone, optionalText, requiredText } from '../schemas';

export const committeeSchema = z.object({
	name: requiredText(120),
	country,
	timezone: z.string({ error: 'error_required' }).refine(isTimeZone, { error: 'error_timezone_invalid' }),
	languages: z
		.string()
		.trim()
		.max(100, { error: 'error_too_long' })
		.transform((v) => v.split(/[\s,]+/).filter(Boolean))
		.pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'error_languages_invalid' })).min(1, { error: 'error_required' })),
	moderationMode: z.enum(['pre', 'post'], { error: 'error_invalid_value' })
});

export const invitationSchema = z.object({ label: optionalText(80) });
export const revokeInvitationSchema = z.object({ invitationId: id });
export const safeguardingLeadSchema = z.object({ userId: id, lead: z.enum(['yes', 'no']).transform((v) => v === 'yes') });
export const addFacilitatorSchema = z.object({ committeeId: id, email });
