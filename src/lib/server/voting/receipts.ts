// Vote receipts: a short code derived from a vote, so a member can check after the close that their vote was counted
// as cast, while the code by itself says nothing about the choice (docs/voting.md, "Receipts").
//   receipt = first 60 bits of HMAC-SHA256(key = the vote's random nonce, "<ballot id>\n<choice as canonical JSON>"),
//             in base32, as XXXX-XXXX-XXXX.
// The nonce is random per vote (and new on every change), so two members with the same choice get different codes and
// nobody can compute a receipt for a choice without it. The nonce stays in the database for the recount, which
// recomputes every receipt from the stored choice. Receipts are listed after the close sorted by code, never beside a
// voter.
import { createHmac, randomBytes } from 'node:crypto';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { Choice } from './count';

export function newNonce(): string {
	return randomBytes(16).toString('hex');
}

/** One text per choice: the same choice always gives the same JSON, key order included. */
export function canonicalChoice(choice: Choice): string {
	switch (choice.method) {
		case 'single':
			return JSON.stringify({ method: 'single', picks: choice.picks });
		case 'approval':
			return JSON.stringify({ method: 'approval', approved: [...choice.approved].sort() });
		case 'ranked':
			return JSON.stringify({ method: 'ranked', ranking: choice.ranking });
	}
}

export function parseChoice(json: string): Choice {
	return JSON.parse(json) as Choice;
}

export function receiptFor(ballotId: string, choiceJson: string, nonce: string): string {
	const mac = createHmac('sha256', Buffer.from(nonce, 'hex')).update(`${ballotId}\n${choiceJson}`).digest();
	const code = encodeBase32UpperCaseNoPadding(mac).slice(0, 12);
	return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** What a person types when checking: any case, with or without dashes or spaces. */
export function normalizeReceipt(text: string): string {
	const code = text.toUpperCase().replace(/[^A-Z2-7]/g, '');
	return code.length === 12 ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}` : '';
}
