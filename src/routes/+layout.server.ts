import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && {
		displayName: locals.user.display_name,
		isAdmin: locals.user.isAdmin,
		status: locals.user.status
	}
});
