// The browser's one socket.io connection, shared by every page; pages join rooms and listen for events.
// Without JavaScript (or with sockets blocked) pages still work: they simply need a reload to show news.
import { io, type Socket } from 'socket.io-client';

let socket: Socket | undefined;

export function getSocket(): Socket {
	socket ??= io({ path: '/socket.io', withCredentials: true });
	return socket;
}

/** Joins a room now and again after every reconnect; returns a function that stops listening. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload types are declared by each page's handler
export function joinRoom(room: string, handlers: Record<string, (payload: any) => void>): () => void {
	const s = getSocket();
	const join = () => s.emit('join', { room }, () => {});
	s.on('connect', join);
	if (s.connected) join();
	for (const [event, handler] of Object.entries(handlers)) s.on(event, handler);
	return () => {
		s.off('connect', join);
		for (const [event, handler] of Object.entries(handlers)) s.off(event, handler);
	};
}
