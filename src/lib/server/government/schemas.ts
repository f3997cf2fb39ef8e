// Input schemas for government bodies and their API tokens.
import { z } from 'zod';
import { country, id, optionalEmail, requiredText, wholeNumber } from '../schemas';

export const bodySchema = z.object({
	name: requiredText(160),
	country,
	acknowledgeWithinDays: wholeNumber(1, 90),
	respondWithinDays: wholeNumber(1, 365),
	headContactEmail: optionalEmail
});


// The label's rules are the service's (api-tokens.ts), so the page and a test get the same message.
export const issueTokenSchema = z.object({ bodyId: id, label: z.string().max(10_000, { error: 'error_too_long' }).optional().transform((v) => v ?? '') });
export const revokeTokenSchema = z.object({ tokenId: id });

export const deadlinesSchema = z.object({
	acknowledgeWithinDays: wholeNumber(1, 90),
	respondWithinDays: wholeNumber(1, 365)
});
