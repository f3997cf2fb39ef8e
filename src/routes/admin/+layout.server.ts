import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { m } from '$lib/paraglide/messages';

// Every admin action checks again in its service; this only keeps the pages themselves from non-admins.
export const load: LayoutServerLoad = ({ locals, url }) => {
	const user = signedInOrRedirect(locals.user, url);
	if (!user.isAdmin) error(403, m.error_admins_only());
};
