import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';

/** Attaches the same socket.io setup as server.ts to the dev server, loaded through Vite so it shares the app's modules. */
function realtimeDev(): Plugin {
	return {
		name: 'youth-voice-realtime',
		apply: 'serve',
		async configureServer(server) {
			if (!server.httpServer || process.env.VITEST) return;
			const { attachRealtime } = await server.ssrLoadModule('/src/lib/server/realtime/socket-server.ts');
			const { getDb } = await server.ssrLoadModule('/src/lib/server/db/index.ts');
			attachRealtime(server.httpServer, getDb(), { dev: true });
		}
	};
}

export default defineConfig({
	plugins: [
		// Under vitest the messages are compiled beforehand (`npm run messages`, run by `prepare` and `check`): the
		// plugin's file watcher kept vitest from exiting.
		...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions as Parameters<typeof paraglideVitePlugin>[0])]),
		sveltekit(),
		realtimeDev()
	],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		pool: 'forks',
		testTimeout: 20000
	}
});
