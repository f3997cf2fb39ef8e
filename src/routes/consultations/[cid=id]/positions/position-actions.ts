// The form actions a position offers wherever it is shown (the list and its own page): co-signing, and a
// facilitator's decision on a held text. One definition, so both pages behave alike.
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { cosignPosition, moderatePositionText } from '$lib/server/voting/positions';
import { cosignSchema, moderatePositionSchema } from '$lib/server/voting/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { m } from '$lib/paraglide/messages';

export const cosign = ({ request, locals }: RequestEvent) =>
	formAction(request, async (form) => {
		const parsed = parseForm(cosignSchema, form);
		if (!parsed.ok) return parsed.failure;
		await cosignPosition(getDb(), locals.user, parsed.data);
	});

export const moderate = ({ request, locals }: RequestEvent) =>
	formAction(request, async (form) => {
		const parsed = parseForm(moderatePositionSchema, form);
		if (!parsed.ok) return parsed.failure;
		await moderatePositionText(getDb(), locals.user, parsed.data);
		return { notice: m.position_decided_notice() };
	});
