// socket.io on the app's own http server (server.ts in production, a Vite plugin in development).
// The handshake must come from our own origin and carry a valid session cookie; every `join` is checked against
// the same role guard the pages use. Events reach rooms only through the event bus.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { requireCommitteeRole } from '../auth/guards';
import { sessionTokenFromCookieHeader, validateSessionToken, type SessionUser } from '../auth/session';
import { subscribe } from '../events';
import { requireConsultation } from '../consultations/consultations';
import { requireOfficialOf } from '../government/bodies';
import { ackError } from './ack';
import { forReader } from '../consultations/comment-view';

export interface SocketData {
	user: SessionUser;
}

type AppSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;
type Ack = (response: { ok: true } | { ok: false; error: { code: string; message: string } }) => void;

const joinPayload = z.object({ room: z.string().max(100) });

/**
 * Which requests may open a socket: one whose Origin is ours (ORIGIN when set, else the Host it was sent to).
 * Browsers leave Origin out of same-origin polling GETs; those carry Sec-Fetch-Site: same-origin. A request with
 * neither header is not from a browser page, so it has no ambient cookie to abuse (and the cookie is SameSite=Lax).
 */
export function originAllowed(
	headers: { origin?: string; host?: string; 'sec-fetch-site'?: string | string[] },
	configured = process.env.ORIGIN
): boolean {
	const { origin, host } = headers;
	const site = headers['sec-fetch-site'];
	if (!origin) return site === undefined || site === 'same-origin';
	if (configured) return origin === configured.replace(/\/$/, '');
	try {
		return new URL(origin).host === host;
	} catch {
		return false;
	}
}

async function authorizeRoom(db: Db, user: SessionUser, room: string): Promise<void> {
	const [kind, id] = room.split(':');
	if (kind === 'committee' && id) {
		await requireCommitteeRole(db, user, id, 'member');
		return;
	}
	if (kind === 'consultation' && id) {
		await requireConsultation(db, user, id, 'member');
		return;
	}
	// The committee's facilitators (and leads and admins): the review queue changed.
	if (kind === 'moderation' && id) {
		await requireCommitteeRole(db, user, id, 'facilitator');
		return;
	}
	// The committee's safeguarding leads (and admins): told a concern arrived, never what it says.
	if (kind === 'safeguarding' && id) {
		await requireCommitteeRole(db, user, id, 'safeguarding_lead');
		return;
	}
	// The officials of a government body (and admins): its inbox changed.
	if (kind === 'body' && id) {
		await requireOfficialOf(db, user, id);
		return;
	}
	throw new DomainError('not_found', 'error_unknown_room');
}

/** `dev`: leave other upgrade requests (Vite's HMR socket) alone instead of closing them. */
export function attachRealtime(httpServer: HttpServer, db: Db, options: { dev?: boolean } = {}): Server {
	const io = new Server(httpServer, {
		destroyUpgrade: !options.dev,
		path: '/socket.io',
		serveClient: false,
		allowRequest: (req, callback) => callback(null, originAllowed(req.headers)),
		connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false }
	});

	io.use(async (socket, next) => {
		try {
			const token = sessionTokenFromCookieHeader(socket.request.headers.cookie);
			const { user } = token ? await validateSessionToken(db, token) : { user: null };
			if (!user) return next(new Error('unauthenticated'));
			socket.data.user = user;
			next();
		} catch {
			next(new Error('unavailable'));
		}
	});

	io.on('connection', (socket: AppSocket) => {
		void socket.join(`user:${socket.data.user.id}`);
		socket.on('join', async (payload: unknown, ack?: Ack) => {
			const reply: Ack = typeof ack === 'function' ? ack : () => {};
			const parsed = joinPayload.safeParse(payload);
			if (!parsed.success) return reply(ackError(new DomainError('invalid', 'error_bad_request'), socket.data.user.locale));
			try {
				await authorizeRoom(db, socket.data.user, parsed.data.room);
				await socket.join(parsed.data.room);
				reply({ ok: true });
				if (parsed.data.room.startsWith('consultation:')) void announcePresence(parsed.data.room);
			} catch (error) {
				reply(ackError(error, socket.data.user.locale));
			}
		});
		socket.on('disconnecting', () => {
			for (const room of socket.rooms) if (room.startsWith('consultation:')) setTimeout(() => void announcePresence(room), 0);
		});
	});

	/** The member's pages hear it (they reload what they show); a suspended member leaves the committee's rooms. */
	async function restricted(committeeId: string, userId: string, kind: 'mute' | 'suspend' | null) {
		if (kind === 'suspend') {
			const consultations = await db.selectFrom('consultations').select('id').where('committee_id', '=', committeeId).execute();
			io.in(`user:${userId}`).socketsLeave([`committee:${committeeId}`, ...consultations.map((c) => `consultation:${c.id}`)]);
		}
		io.to(`user:${userId}`).emit('notification', { type: 'restriction', committeeId });
	}

	/** "N people here now": distinct signed-in people with the page open, across every process. */
	async function announcePresence(room: string) {
		const sockets = await io.in(room).fetchSockets();
		const people = new Set(sockets.map((s) => (s.data as SocketData).user.id)).size;
		io.to(room).emit('presence', { count: people });
	}

	const toRoom = (room: string, event: string, payload: unknown) => io.to(room).emit(event, payload);
	const stops = [
		subscribe('comment.created', ({ consultationId, comment }) => toRoom(`consultation:${consultationId}`, 'comment:created', forReader(comment, null))),
		subscribe('comment.updated', ({ consultationId, comment }) => toRoom(`consultation:${consultationId}`, 'comment:updated', forReader(comment, null))),
		subscribe('comment.removed', ({ consultationId, commentId }) => toRoom(`consultation:${consultationId}`, 'comment:removed', { id: commentId })),
		subscribe('consultation.changed', ({ consultationId }) => toRoom(`consultation:${consultationId}`, 'consultation:changed', { id: consultationId })),
		subscribe('moderation.changed', ({ committeeId }) => toRoom(`moderation:${committeeId}`, 'moderation:queue', {})),
		subscribe('concern.raised', ({ committeeId, concernId }) => toRoom(`safeguarding:${committeeId}`, 'concern:raised', { id: concernId })),
		subscribe('member.restricted', ({ committeeId, userId, kind }) => void restricted(committeeId, userId, kind)),
		subscribe('committee.member_joined', ({ committeeId, displayName }) => toRoom(`committee:${committeeId}`, 'member:joined', { displayName })),
		// Positions and ballots (docs/voting.md): turnout is a count, never who; a tally is only ever published by the
		// service for a ballot that is not secret and shows its results live.
		subscribe('position.changed', ({ consultationId }) => toRoom(`consultation:${consultationId}`, 'position:changed', {})),
		subscribe('ballot.changed', ({ ballotId, consultationId }) => toRoom(`consultation:${consultationId}`, 'ballot:changed', { ballotId })),
		subscribe('ballot.turnout', ({ ballotId, consultationId, voted, eligible }) => toRoom(`consultation:${consultationId}`, 'ballot:turnout', { ballotId, voted, eligible })),
		subscribe('ballot.tally', ({ ballotId, consultationId, result }) => toRoom(`consultation:${consultationId}`, 'ballot:tally', { ballotId, result })),
		// Recommendations (docs/recommendations.md): the committee and the addressed body's officials hear a status
		// change; the payload names the recommendation and its status, never a member.
		subscribe('recommendation.status', ({ recommendationId, committeeId, consultationId, bodyId, status }) => {
			const payload = { id: recommendationId, status };
			io.to([`committee:${committeeId}`, `consultation:${consultationId}`]).emit('recommendation:status', payload);
			if (status !== 'draft' && status !== 'voting' && status !== 'adopted') io.to(`body:${bodyId}`).emit('recommendation:status', payload);
		}),
		subscribe('notification.created', ({ userId, id, kind, title, url }) => toRoom(`user:${userId}`, 'notification', { type: 'notice', id, kind, title, url })),
		subscribe('notification.read', ({ userId }) => toRoom(`user:${userId}`, 'notification', { type: 'read' }))
	];
	// Stop listening to the bus when this server closes (tests and the dev server attach more than once).
	const close = io.close.bind(io);
	io.close = (fn) => {
		for (const stop of stops) stop();
		return close(fn);
	};

	return io;
}
