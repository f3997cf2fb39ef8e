// Production entry: one http server with SvelteKit's adapter-node handler and socket.io attached to it.
// Importing the handler runs the app's `init` hook (migrations, the scheduled jobs) before we listen.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { attachRealtime } from './src/lib/server/realtime/socket-server';
import { closeDb, getDb } from './src/lib/server/db/index';
import { stopScheduler } from './src/lib/server/scheduler';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// adapter-node needs the public origin for SvelteKit's CSRF check; on a developer's machine that is localhost.
// Behind a proxy in production, set ORIGIN (see README).
process.env.ORIGIN ??= `http://localhost:${port}`;
// A draft law of 400,000 characters in Thai is about 1.2 MB of form data; adapter-node's default is 512 KB.
process.env.BODY_SIZE_LIMIT ??= '2M';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const { handler } = (await import(pathToFileURL(path.join(buildDir, 'handler.js')).href)) as { handler: Handler };

const server = http.createServer((req, res) => handler(req, res));
const io = attachRealtime(server, getDb());

server.listen(port, host, () => console.log(`Youth Voice listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`));

let closing = false;
function shutdown(signal: string) {
	if (closing) return;
	closing = true;
	console.log(`${signal}: finishing requests in flight, then stopping`);
	stopScheduler();
	io.close();
	server.close(async () => {
		await closeDb();
		process.exit(0);
	});
	setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
