// Lines of a screen corpus the screen gets wrong: `npx tsx scripts/screen-corpus-report.ts <kind> [file]` lists the misses
// of one kind, `... fp [file]` the innocent lines it holds (file: screen-corpus.tsv by default). For whoever tunes the
// word lists in src/lib/server/safeguarding/screen/lexicon — never on screen-fresh.tsv (docs/safeguarding.md).
import { screenText } from '../src/lib/server/safeguarding/screen/index';
import { readScreenCorpus } from '../tests/fixtures/screen-corpus';

const want = process.argv[2] ?? 'fp';
for (const line of readScreenCorpus(process.argv[3])) {
	const r = screenText(line.text, { country: line.country, locale: line.locale });
	const got = new Set<string>(r.reasons.map((x) => x.kind));
	if (want === 'fp' && line.kinds.size === 0 && r.verdict !== 'allow') console.log(line.n, r.reasons.map((x) => `${x.kind}:${line.text.slice(x.start, x.end)}`).join(' ; '), '|', line.text);
	if (want !== 'fp' && line.kinds.has(want as never) && !got.has(want)) console.log(line.n, '|', line.text, '| got', [...got].join(','));
}
