// The event bus: services publish what changed; the realtime module decides which rooms hear it.
// Services never import socket.io. Kept on globalThis so every copy of this module in one process shares it.
import { EventEmitter } from 'node:events';

import type { CommentView } from './consultations/comment-view';
import type { BallotResult } from './voting/count';

export interface DomainEvents {
	'committee.member_joined': { committeeId: string; displayName: string };
	'comment.created': { consultationId: string; comment: CommentView };
	'comment.updated': { consultationId: string; comment: CommentView };
	'comment.removed': { consultationId: string; commentId: string };
	'consultation.changed': { consultationId: string; committeeId: string };
	/** Carries no text: the room of the committee's safeguarding leads only hears that one is waiting. */
	'concern.raised': { committeeId: string; concernId: string };
	/** The committee's review queue changed: something was held or decided. */
	'moderation.changed': { committeeId: string };
	/** A member was muted or suspended in a committee (kind), or their restriction lifted (null). */
	'member.restricted': { committeeId: string; userId: string; kind: 'mute' | 'suspend' | null };
	/** A position was proposed, co-signed, discussed, merged, decided or put to a vote. */
	'position.changed': { consultationId: string };
	/** Opened or closed by a facilitator. */
	'ballot.changed': { ballotId: string; consultationId: string };
	/** How many have voted: never who. */
	'ballot.turnout': { ballotId: string; consultationId: string; voted: number; eligible: number };
	/** Only for a ballot that is not secret and shows its results live. */
	'ballot.tally': { ballotId: string; consultationId: string; result: BallotResult };
	/** A notification for one user (to their own room only). */
	'notification.created': { userId: string; id: string; kind: string; title: string; url: string };
	/** Some of a user's notifications were marked read: their other open pages update the unread count. */
	'notification.read': { userId: string };
	/** A recommendation moved (drafted, edited, voted, submitted, acknowledged, answered, updated, overdue…). */
	'recommendation.status': { recommendationId: string; committeeId: string; consultationId: string; bodyId: string; status: string };
}

export type EventName = keyof DomainEvents;

const key = Symbol.for('youth-voice.events');
type WithBus = typeof globalThis & { [key]?: EventEmitter };

function emitter(): EventEmitter {
	const g = globalThis as WithBus;
	g[key] ??= new EventEmitter().setMaxListeners(50);
	return g[key];
}

export function publish<E extends EventName>(event: E, payload: DomainEvents[E]): void {
	emitter().emit(event, payload);
}

export function subscribe<E extends EventName>(event: E, listener: (payload: DomainEvents[E]) => void): () => void {
	emitter().on(event, listener);
	return () => emitter().off(event, listener);
}

/** Whether anything in this process listens to `event` (the socket server does, in an app process). */
export function hasSubscribers(event: EventName): boolean {
	return emitter().listenerCount(event) > 0;
}
