import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { UNREAD_SHOWN, unreadCount } from '$lib/server/notifications/inbox';
import { listMyBodies } from '$lib/server/government/bodies';

// 'app:notifications': the header's unread count is read again when a notification arrives or is read (+layout.svelte).
export const load: LayoutServerLoad = async ({ locals, depends }) => {
	depends('app:notifications');
	const user = locals.user;
	if (!user) return { user: null };
	const [unread, bodies] = await Promise.all([unreadCount(getDb(), user.id), user.isAdmin ? [] : listMyBodies(getDb(), user)]);
	return {
		user: {
			displayName: user.display_name,
			isAdmin: user.isAdmin,
			status: user.status,
			unread,
			/** As the header shows it: "99+" past UNREAD_SHOWN. */
			unreadShown: unread > UNREAD_SHOWN ? `${UNREAD_SHOWN}+` : String(unread),
			// Officials (and admins, who read every body's inbox) get the government inbox in the menu.
			answersForBody: user.isAdmin || bodies.length > 0
		}
	};
};
