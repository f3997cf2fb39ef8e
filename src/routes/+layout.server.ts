import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { unreadCount } from '$lib/server/notifications/inbox';

// 'app:notifications': the header's unread count is read again when a notification arrives or is read (+layout.svelte).
export const load: LayoutServerLoad = async ({ locals, depends }) => {
	depends('app:notifications');
	return {
		user: locals.user && {
			displayName: locals.user.display_name,
			isAdmin: locals.user.isAdmin,
			status: locals.user.status,
			unread: await unreadCount(getDb(), locals.user.id)
		}
	};
};
