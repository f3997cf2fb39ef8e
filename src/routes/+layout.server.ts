import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listMyBodies } from '$lib/server/government/bodies';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user && {
		displayName: locals.user.display_name,
		isAdmin: locals.user.isAdmin,
		status: locals.user.status,
		// Officials (and admins, who read every body's inbox) get the government inbox in the menu.
		answersForBody: locals.user.isAdmin || (await listMyBodies(getDb(), locals.user)).length > 0
	}
});
