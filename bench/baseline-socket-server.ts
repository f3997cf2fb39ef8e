// Baseline for fanout: a bare socket.io server (no auth, no database) that broadcasts whatever is POSTed to it;
// the bench POSTs the same comment:created messages the app sent.
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer((req, res) => {
	let body = '';
	req.on('data', (chunk) => (body += chunk));
	req.on('end', () => {
		io.to('room').emit('comment:created', JSON.parse(body));
		res.writeHead(200).end('{}');
	});
});
const io = new Server(server);
io.on('connection', (socket) => socket.on('join', async (_p, ack) => {
	await socket.join('room');
	ack?.({ ok: true });
}));
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
