import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { issueApiToken, listApiTokens, revokeApiToken } from '$lib/server/government/api-tokens';
import { listGovernmentBodies } from '$lib/server/government/bodies';
import { issueTokenSchema, revokeTokenSchema } from '$lib/server/government/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => {
	const [tokens, bodies] = await Promise.all([listApiTokens(getDb(), locals.user), listGovernmentBodies(getDb(), locals.user)]);
	return { tokens, bodies: bodies.map((b) => ({ value: b.id, label: b.name })) };
};

export const actions: Actions = {
	issue: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(issueTokenSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { id, token } = await issueApiToken(getDb(), locals.user, parsed.data);
			// Shown this once: only its hash is kept.
			return { issued: { id, token, label: parsed.data.label.trim() } };
		}),
	revoke: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(revokeTokenSchema, form);
			if (!parsed.ok) return parsed.failure;
			await revokeApiToken(getDb(), locals.user, parsed.data.tokenId);
			return { done: m.admin_tokens_revoked_done() };
		})
};
