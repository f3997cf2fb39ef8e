// A real SMTP server for tests (the smtp-server package, plain text, no auth needed) that keeps every message it
// accepts, parsed just enough to check: To, Subject and the text body (quoted-printable and base64 decoded by hand).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
	to: string;
	subject: string;
	text: string;
	/** The message as it arrived. */
	raw: string;
}

export interface TestSmtp {
	port: number;
	/** smtp://127.0.0.1:<port>, for transportFromEnv({ SMTP_URL }). */
	url: string;
	received: ReceivedEmail[];
	/** Answer the next `count` messages with a temporary failure (451) instead of accepting them. */
	rejectNext(count: number): void;
	close(): Promise<void>;
}

/** Starts a server on `port` (a free one when 0) and resolves once it listens; `onMessage` hears each accepted one. */
export async function startSmtp(port = 0, onMessage?: (email: ReceivedEmail) => void): Promise<TestSmtp> {
	const received: ReceivedEmail[] = [];
	let rejections = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				if (rejections > 0) {
					rejections--;
					return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
				}
				const email = parseEmail(Buffer.concat(chunks).toString('utf8'));
				received.push(email);
				onMessage?.(email);
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const actual = (server.server.address() as AddressInfo).port;
	return {
		port: actual,
		url: `smtp://127.0.0.1:${actual}`,
		received,
		rejectNext: (count) => void (rejections = count),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Headers (unfolded, names lower-cased) and body of a single-part text message. */
export function parseEmail(raw: string): ReceivedEmail {
	const split = raw.indexOf('\r\n\r\n');
	const head = split === -1 ? raw : raw.slice(0, split);
	const body = split === -1 ? '' : raw.slice(split + 4);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	const text = encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
	return {
		to: decodeWords(headers.get('to') ?? ''),
		subject: decodeWords(headers.get('subject') ?? ''),
		text: text.replace(/\r\n/g, '\n').replace(/\n$/, ''),
		raw
	};
}

/** RFC 2045 §6.7: soft line breaks ("=" at a line's end) join lines; =XX is a byte; the rest is ASCII as it is. */
export function decodeQuotedPrintable(body: string): string {
	const text = body.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const hex = text.slice(i + 1, i + 3);
		if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else bytes.push(text.charCodeAt(i));
	}
	return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
			kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' '))
		);
}
