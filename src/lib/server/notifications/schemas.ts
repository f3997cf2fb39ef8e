// Input schemas for the notifications page and the email choices on /account.
import { z } from 'zod';
import { id, wholeNumber } from '../schemas';
import { NOTIFICATION_KIND_NAMES, type NotificationKind } from './notify';

export const notificationSchema = z.object({ id });

/** `upTo`: when the page was drawn (epoch ms), so a notification that arrived since stays unread. */
export const markAllReadSchema = z.object({ upTo: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional() });

/** A checkbox per kind, named after the kind: present ("on") when ticked, absent when not. */
const checkbox = z
	.literal('on', { error: 'error_invalid_value' })
	.optional()
	.transform((v) => v === 'on');

export const emailChoicesSchema = z.object(Object.fromEntries(NOTIFICATION_KIND_NAMES.map((kind) => [kind, checkbox])) as Record<NotificationKind, typeof checkbox>);
