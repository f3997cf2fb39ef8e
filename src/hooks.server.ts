// Request pipeline: migrate once at start (and start the periodic jobs), read the session, then pick the language (the user's setting first).
// /api/v1 is for government systems with bearer tokens: no session is read there, and its errors keep the API's shape.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrate';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/kit/session-cookie';
import { startScheduler } from '$lib/server/scheduler';
import { jobs } from '$lib/server/jobs';
import { inApiShape, isApiPath } from '$lib/server/api/endpoint';
import { getRequestEvent } from '$app/server';
import { baseLocale, defineCustomServerStrategy, extractLocaleFromRequest, getTextDirection, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = async () => {
	await migrateToLatest(getDb());
	if (process.env.SCHEDULER !== 'off') startScheduler(getDb(), jobs);
};

const handleSession: Handle = async ({ event, resolve }) => {
	// A cookie is what a cross-site request carries without asking: the API accepts a bearer token only.
	if (isApiPath(event.url.pathname)) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
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

// Messages rendered during a request speak the request's language; outside a request (scheduled jobs, sockets) they
// fall back to the base locale unless given one. SvelteKit already keeps the request in async context, so this
// replaces paraglideMiddleware, which cloned every request and kept a second async context for the same answer.
overwriteGetLocale(() => {
	try {
		return getRequestEvent().locals.locale;
	} catch {
		return baseLocale;
	}
});

const directions = new Map<Locale, string>();
function direction(locale: Locale): string {
	let dir = directions.get(locale);
	if (!dir) directions.set(locale, (dir = getTextDirection(locale)));
	return dir;
}

const handleLocale: Handle = ({ event, resolve }) => {
	if (event.locals.user?.locale) userLocales.set(event.request, event.locals.user.locale);
	const locale = extractLocaleFromRequest(event.request);
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%" dir="%dir%', `${locale}" dir="${direction(locale)}`)
	});
};

/** What SvelteKit answers by itself under /api/v1 (no such endpoint, a method it does not take) in the API's error shape. */
const handleApi: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return isApiPath(event.url.pathname) ? inApiShape(response) : response;
};

export const handle = sequence(handleApi, handleSession, handleLocale);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	return { message: status === 404 ? m.error_page_not_found() : m.error_internal() };
};
