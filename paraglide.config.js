// Paraglide options, shared by the Vite plugin and `npm run messages` (which compiles them for tsx scripts).
// Locale: the signed-in user's setting (custom-user), then the cookie, then the browser's Accept-Language.
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['custom-user', 'cookie', 'preferredLanguage', 'baseLocale'],
	emitTsDeclarations: true
};
