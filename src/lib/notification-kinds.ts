// What each kind of notification is called and what it covers, in plain words: the email choices on /account and
// the list on /notifications. Keyed by the server's NOTIFICATION_KINDS, so a new kind cannot be added without them.
import { m } from '$lib/paraglide/messages';
import type { NotificationKind } from '$lib/server/notifications/notify';

const KINDS: Record<NotificationKind, { name: () => string; description: () => string }> = {
	recommendation_status: { name: m.notification_kind_recommendation_status, description: m.notification_kind_recommendation_status_about },
	recommendation_inbox: { name: m.notification_kind_recommendation_inbox, description: m.notification_kind_recommendation_inbox_about },
	deadline: { name: m.notification_kind_deadline, description: m.notification_kind_deadline_about }
};

function isKind(kind: string): kind is NotificationKind {
	return Object.hasOwn(KINDS, kind);
}

export function notificationKindName(kind: string): string {
	return isKind(kind) ? KINDS[kind].name() : kind;
}

export function notificationKindDescription(kind: string): string {
	return isKind(kind) ? KINDS[kind].description() : '';
}
