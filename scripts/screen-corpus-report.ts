// Lines of the screen corpus the screen gets wrong: `npx tsx scripts/screen-corpus-report.ts <kind>` lists the misses of
// one kind, `... fp` the innocent lines it holds. For whoever tunes the word lists in src/lib/server/safeguarding/screen/lexicon.
import fs from 'node:fs';
import { screenText } from '../src/lib/server/safeguarding/screen/index';
const want = process.argv[2] ?? 'fp';
for (const [i, row] of fs.readFileSync('tests/fixtures/screen-corpus.tsv', 'utf8').split('\n').entries()) {
	if (!row.trim() || row.startsWith('#')) continue;
	const [kinds, locale, country, ...rest] = row.split('\t');
	const text = rest.join('\t').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
	const r = screenText(text, { country, locale });
	const got = new Set<string>(r.reasons.map((x) => x.kind));
	const labels = kinds === 'none' ? [] : kinds.split(',');
	if (want === 'fp' && labels.length === 0 && r.verdict !== 'allow') console.log(i + 1, r.reasons.map((x) => `${x.kind}:${text.slice(x.start, x.end)}`).join(' ; '), '|', text);
	if (want !== 'fp' && labels.includes(want) && !got.has(want)) console.log(i + 1, '|', text, '| got', [...got].join(','));
}
