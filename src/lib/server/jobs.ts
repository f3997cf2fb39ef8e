// Every periodic job of the app, in one list: adding a job is one line here (see Job in scheduler.ts for what a job
// must promise: it may run in several processes at once). The app's processes run them (hooks.server.ts), and so
// does `npm run jobs` once.
import type { Job } from './scheduler';
import { deliverDueEmails, transportFromEnv, type EmailTransport } from './notifications/email-outbox';
import { announceNotifications } from './notifications/notify';
import { sendDeadlineNotices } from './recommendations/reminders';

let transport: EmailTransport | undefined;

export const jobs: Job[] = [
	// The outbox: every 2 seconds, so a password reset or guardian consent email leaves at once.
	{ name: 'deliver-emails', pattern: '*/2 * * * * *', run: (db, now) => deliverDueEmails(db, (transport ??= transportFromEnv()), now) },
	// Notifications made where no one hears them live (`npm run jobs`, a script) reach the user's open pages.
	{ name: 'announce-notifications', pattern: '* * * * * *', run: announceNotifications },
	// Deadline reminders 3 days ahead and escalation once overdue (docs/recommendations.md): each notice once, ever.
	{ name: 'deadline-notices', pattern: '0 * * * * *', run: sendDeadlineNotices }
];
