// Page-level guards: the same checks as the services, for loads that need a signed-in user before anything else.
import { redirect } from '@sveltejs/kit';
import type { SessionUser } from '../auth/session';

/** Sends an anonymous visitor to sign in, and back here afterwards. */
export function signedInOrRedirect(user: SessionUser | null, url: URL): SessionUser {
	if (!user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return user;
}
