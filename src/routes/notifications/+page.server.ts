import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { listNotifications, markAllRead, markRead } from '$lib/server/notifications/inbox';
import { markAllReadSchema, notificationSchema } from '$lib/server/notifications/schemas';
import { formAction, parseForm } from '$lib/server/kit/forms';
import { signedInOrRedirect } from '$lib/server/kit/guards';
import { safeNext } from '$lib/server/kit/redirects';
import { m } from '$lib/paraglide/messages';

// 'app:notifications': read again when a notification arrives or is read elsewhere (+layout.svelte).
export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = signedInOrRedirect(locals.user, url);
	depends('app:notifications');
	const before = url.searchParams.get('before');
	return { ...(await listNotifications(getDb(), user, before)), paged: before !== null, drawnAt: Date.now() };
};

export const actions: Actions = {
	/** Opening an unread notification marks it read, then goes where it points (only ever a path on this site). */
	open: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(notificationSchema, form);
			if (!parsed.ok) return parsed.failure;
			const { url } = await markRead(getDb(), locals.user, parsed.data.id);
			redirect(303, safeNext(url, '/notifications'));
		}),
	read: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(notificationSchema, form);
			if (!parsed.ok) return parsed.failure;
			await markRead(getDb(), locals.user, parsed.data.id);
			return { marked: m.notifications_marked_read() };
		}),
	readAll: ({ request, locals }) =>
		formAction(request, async (form) => {
			const parsed = parseForm(markAllReadSchema, form);
			if (!parsed.ok) return parsed.failure;
			await markAllRead(getDb(), locals.user, parsed.data.upTo ?? null);
			return { marked: m.notifications_all_marked_read() };
		})
};
