// On the client the language is whatever the server rendered, so hydration never switches it.
import { defineCustomClientStrategy } from '$lib/paraglide/runtime';

defineCustomClientStrategy('custom-user', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
