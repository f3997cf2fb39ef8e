// Random identifiers and one-time tokens. Ids are unguessable so that no URL can be walked to find a child's data;
// tokens are stored only as their SHA-256, so a leaked database cannot be replayed.
import { createHash, randomBytes } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 16 characters of base32: 80 random bits. */
export function newId(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(10));
}

/** 32 characters of base32: 160 random bits, for links sent by email. */
export function newToken(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
