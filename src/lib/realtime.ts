// The browser's one socket.io connection, shared by every page; pages join rooms and listen for events.
// Without JavaScript (or with sockets blocked) pages still work: they simply need a reload to show news.
import { io, type Socket } from 'socket.io-client';

let socket: Socket | undefined;

export function getSocket(): Socket {
	socket ??= io({ path: '/socket.io', withCredentials: true });
	return socket;
}

export interface RoomOptions {
	/** Called after a reconnect that could not replay what was missed (the server restarted, or the gap was long). */
	onResync?: () => void;
	/** Called when the server answers a join: true once the page gets live updates. */
	onJoined?: (ok: boolean) => void;
}

/** Joins a room now and again after every reconnect; returns a function that stops listening. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload types are declared by each page's handler
export function joinRoom(room: string, handlers: Record<string, (payload: any) => void>, options: RoomOptions = {}): () => void {
	const s = getSocket();
	let connectedBefore = s.connected;
	const join = () => s.emit('join', { room }, (ack: { ok: boolean } | undefined) => options.onJoined?.(ack?.ok === true));
	const onConnect = () => {
		join();
		if (connectedBefore && !s.recovered) options.onResync?.();
		connectedBefore = true;
	};
	s.on('connect', onConnect);
	if (s.connected) join();
	for (const [event, handler] of Object.entries(handlers)) s.on(event, handler);
	return () => {
		s.off('connect', onConnect);
		for (const [event, handler] of Object.entries(handlers)) s.off(event, handler);
	};
}

/**
 * Listens for events sent to the user's own room (`user:<id>`, which the server joins on connect); returns a function
 * that stops listening. `onResync` as for joinRoom.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload types are declared by each handler
export function listenToMe(handlers: Record<string, (payload: any) => void>, options: Pick<RoomOptions, 'onResync'> = {}): () => void {
	const s = getSocket();
	let connectedBefore = s.connected;
	const onConnect = () => {
		if (connectedBefore && !s.recovered) options.onResync?.();
		connectedBefore = true;
	};
	s.on('connect', onConnect);
	for (const [event, handler] of Object.entries(handlers)) s.on(event, handler);
	return () => {
		s.off('connect', onConnect);
		for (const [event, handler] of Object.entries(handlers)) s.off(event, handler);
	};
}
