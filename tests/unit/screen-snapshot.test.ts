// screenText's verdict and reasons for thousands of texts (tests/fixtures/screen-snapshot-cases.ts), compared with the
// record in tests/fixtures/screen-snapshot.tsv: work on the screen's speed must not change a single answer. A change to
// the lexicons or to what the screen does changes the record on purpose: write it anew with
// `SCREEN_SNAPSHOT=write npx vitest run tests/unit/screen-snapshot.test.ts` and read the diff before committing it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/lib/server/safeguarding/screen/index';
import { snapshotCases, snapshotLine } from '../fixtures/screen-snapshot-cases';

const RECORD = new URL('../fixtures/screen-snapshot.tsv', import.meta.url);

describe('the screen against its record', () => {
	it('gives every recorded text the recorded verdict and reasons', () => {
		const lines = snapshotCases().map((c) => snapshotLine(c.id, screenText(c.text, c.options)));
		if (process.env.SCREEN_SNAPSHOT === 'write') fs.writeFileSync(RECORD, lines.join('\n') + '\n');
		const recorded = fs.readFileSync(RECORD, 'utf8').trimEnd().split('\n');
		expect(lines.length).toBe(recorded.length);
		const differing = lines.flatMap((line, i) => (line === recorded[i] ? [] : [`now:  ${line}\nwas:  ${recorded[i]}`]));
		expect(differing.slice(0, 10).join('\n\n')).toBe('');
	});
});
