import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';

describe('passwords', () => {
	it('hashes with argon2id and verifies only the right password', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse battery ')).toBe(false);
	});

	it('never matches an account that has no password yet', async () => {
		expect(await verifyPassword('!', '!')).toBe(false);
		expect(await verifyPassword('!', '')).toBe(false);
	});
});
