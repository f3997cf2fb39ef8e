import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { UNREAD_SHOWN, unreadCount } from '$lib/server/notifications/inbox';

// 'app:notifications': the header's unread count is read again when a notification arrives or is read (+layout.svelte).
export const load: LayoutServerLoad = async ({ locals, depends }) => {
	depends('app:notifications');
	const unread = locals.user ? await unreadCount(getDb(), locals.user.id) : 0;
	return {
		user: locals.user && {
			displayName: locals.user.display_name,
			isAdmin: locals.user.isAdmin,
			status: locals.user.status,
			unread,
			/** As the header shows it: "99+" past UNREAD_SHOWN. */
			unreadShown: unread > UNREAD_SHOWN ? `${UNREAD_SHOWN}+` : String(unread)
		}
	};
};
