// Request pipeline: migrate once at start, read the session, then pick the language (the user's setting first).
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrate';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/kit/session-cookie';
import { startEmailWorker } from '$lib/server/notifications/email-outbox';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { defineCustomServerStrategy, getTextDirection } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = async () => {
	await migrateToLatest(getDb());
	if (process.env.EMAIL_WORKER !== 'off') startEmailWorker(getDb());
};

const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	const { session, user } = token ? await validateSessionToken(getDb(), token) : { session: null, user: null };
	if (token && session) setSessionCookie(event.cookies, token, session.expiresAt);
	else if (token) deleteSessionCookie(event.cookies);
	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};

/** The signed-in user's chosen language, looked up by the paraglide strategy "custom-user". */
const userLocales = new WeakMap<Request, string>();
defineCustomServerStrategy('custom-user', { getLocale: (request) => (request ? userLocales.get(request) : undefined) });

const handleLocale: Handle = ({ event, resolve }) => {
	if (event.locals.user?.locale) userLocales.set(event.request, event.locals.user.locale);
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale))
		});
	});
};

export const handle = sequence(handleSession, handleLocale);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	return { message: status === 404 ? m.error_page_not_found() : m.error_internal() };
};
