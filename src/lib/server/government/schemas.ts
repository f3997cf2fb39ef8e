// Input schemas for government bodies.
import { z } from 'zod';
import { country, optionalEmail, requiredText, wholeNumber } from '../schemas';

export const bodySchema = z.object({
	name: requiredText(160),
	country,
	acknowledgeWithinDays: wholeNumber(1, 90),
	respondWithinDays: wholeNumber(1, 365),
	headContactEmail: optionalEmail
});

