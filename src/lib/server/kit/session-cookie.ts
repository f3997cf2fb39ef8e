// The session cookie: httpOnly, SameSite=Lax, Secure everywhere but http://localhost (SvelteKit's default).
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../auth/session';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: number): void {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', expires: new Date(expiresAt) });
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}
