// Every message in messages/*.json is used somewhere in the code, and every language has every message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) ? [full] : [];
	});
}

const messageFiles = fs.readdirSync('messages').filter((f) => f.endsWith('.json'));
const keysOf = (file: string) => Object.keys(JSON.parse(fs.readFileSync(path.join('messages', file), 'utf8'))).filter((k) => k !== '$schema');

describe('messages', () => {
	it('uses every message in the code (as m.name, or by name in a DomainError or schema)', () => {
		const code = sourceFiles('src').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
		const unused = keysOf('en.json').filter((key) => !code.includes(`m.${key}`) && !code.includes(`'${key}'`));
		expect(unused).toEqual([]);
	});

	it('has every message in every language', () => {
		const base = keysOf('en.json');
		for (const file of messageFiles) expect(base.filter((k) => !keysOf(file).includes(k)), file).toEqual([]);
	});
});
