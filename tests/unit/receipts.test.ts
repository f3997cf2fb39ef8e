import { describe, expect, it } from 'vitest';
import { canonicalChoice, newNonce, normalizeReceipt, receiptFor } from '../../src/lib/server/voting/receipts';

describe('vote receipts', () => {
	const choice = canonicalChoice({ method: 'single', picks: ['support', 'oppose'] });

	it('is a short code that the same vote always gives again, so a recount can check it', () => {
		const nonce = newNonce();
		const receipt = receiptFor('ballot', choice, nonce);
		expect(receipt).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
		expect(receiptFor('ballot', choice, nonce)).toBe(receipt);
	});

	it('changes with the choice, the ballot and the nonce, so equal choices do not share a code', () => {
		const nonce = newNonce();
		const receipt = receiptFor('ballot', choice, nonce);
		expect(receiptFor('ballot', canonicalChoice({ method: 'single', picks: ['oppose', 'oppose'] }), nonce)).not.toBe(receipt);
		expect(receiptFor('other', choice, nonce)).not.toBe(receipt);
		expect(receiptFor('ballot', choice, newNonce())).not.toBe(receipt);
	});

	it('writes approvals in one order whatever order they came in', () => {
		expect(canonicalChoice({ method: 'approval', approved: ['b', 'a'] })).toBe(canonicalChoice({ method: 'approval', approved: ['a', 'b'] }));
	});

	it('reads a receipt as a person types it', () => {
		expect(normalizeReceipt(' abcd efgh-2345 ')).toBe('ABCD-EFGH-2345');
		expect(normalizeReceipt('abc')).toBe('');
	});
});
