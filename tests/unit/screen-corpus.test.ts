// The screen against our labelled corpora (tests/fixtures/screen-*.tsv: kinds, locale, country, text; "\uXXXX"
// escapes for invisible characters) and against the demo's draft bill, which must pass untouched. Reports precision
// and recall per kind and fails below the targets stated here (docs/safeguarding.md repeats them).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenText, type ReasonKind } from '../../src/lib/server/safeguarding/screen/index';
import { readScreenCorpus } from '../fixtures/screen-corpus';

const KINDS: ReasonKind[] = ['personal_info', 'contact_request', 'abuse', 'disclosure', 'self_harm'];

/**
 * Four corpora, by four authors. The first three were used to write the word lists, so the issue's targets apply
 * to them (recall at least 0.95 for personal information and disclosures, 0.9 for self-harm and abuse, 0.85 for
 * contact requests; precision 0.85; at most 5% of innocent lines held), except personal information at 0.9 on the
 * second and third. screen-fresh.tsv was written by someone who
 * saw none of the lists and has never been tuned on: its figures are the honest ones, and its floors only stop them
 * falling. Whoever tunes on it must write a fresh one (docs/safeguarding.md).
 */
interface Targets {
	recall: Record<ReasonKind, number>;
	precision: number;
	falseHold: number;
}
const TUNED: Targets = { recall: { personal_info: 0.95, disclosure: 0.95, self_harm: 0.9, abuse: 0.9, contact_request: 0.85 }, precision: 0.85, falseHold: 0.05 };
/** The second and third authors' personal information needs code, not words (docs/safeguarding.md lists the misses). */
const TUNED_LATER: Targets = { ...TUNED, recall: { ...TUNED.recall, personal_info: 0.9 } };
/** Measured 2026-11-29 (personal_info 0.932, contact 0.946, abuse 0.795, disclosure 0.592, self_harm 0.682; 6.9% held), less a margin. */
const HONEST_FLOOR: Targets = { recall: { personal_info: 0.9, disclosure: 0.55, self_harm: 0.63, abuse: 0.75, contact_request: 0.9 }, precision: 0.7, falseHold: 0.08 };

const CORPORA: { file: string; targets: Targets }[] = [
	{ file: 'screen-corpus.tsv', targets: TUNED },
	{ file: 'screen-heldout.tsv', targets: TUNED_LATER },
	{ file: 'screen-test.tsv', targets: TUNED_LATER },
	{ file: 'screen-fresh.tsv', targets: HONEST_FLOOR }
];

describe.each(CORPORA)('the screen on $file', ({ file, targets }) => {
	const corpus = readScreenCorpus(file);
	const results = corpus.map((line) => ({ line, result: screenText(line.text, { country: line.country, locale: line.locale }) }));

	it('has hundreds of lines in several languages, with every kind and plenty of innocent ones', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(300);
		expect(new Set(corpus.map((l) => l.locale)).size).toBeGreaterThanOrEqual(5);
		for (const kind of KINDS) expect(corpus.filter((l) => l.kinds.has(kind)).length, kind).toBeGreaterThanOrEqual(30);
		expect(corpus.filter((l) => l.kinds.size === 0).length).toBeGreaterThanOrEqual(120);
	});

	it('finds each kind with the stated recall and precision, and holds few innocent lines', () => {
		const report: string[] = [file];
		const failures: string[] = [];
		for (const kind of KINDS) {
			const labelled = results.filter((r) => r.line.kinds.has(kind));
			const predicted = results.filter((r) => r.result.reasons.some((x) => x.kind === kind));
			const hits = labelled.filter((r) => r.result.reasons.some((x) => x.kind === kind));
			const recall = hits.length / labelled.length;
			const precision = predicted.length ? predicted.filter((r) => r.line.kinds.has(kind)).length / predicted.length : 1;
			report.push(`${kind.padEnd(16)} recall ${recall.toFixed(3)} (${hits.length}/${labelled.length})  precision ${precision.toFixed(3)} (${predicted.length} found)`);
			if (recall < targets.recall[kind]) failures.push(`${kind} recall ${recall.toFixed(3)} < ${targets.recall[kind]}; missed: ${labelled.filter((r) => !hits.includes(r)).map((r) => `${r.line.n}: ${r.line.text}`).join(' | ')}`);
			if (precision < targets.precision) failures.push(`${kind} precision ${precision.toFixed(3)}; wrongly: ${predicted.filter((r) => !r.line.kinds.has(kind)).map((r) => `${r.line.n}: ${r.line.text}`).join(' | ')}`);
		}
		const innocent = results.filter((r) => r.line.kinds.size === 0);
		const falseHolds = innocent.filter((r) => r.result.verdict !== 'allow');
		const rate = falseHolds.length / innocent.length;
		report.push(`false hold on innocent lines ${(rate * 100).toFixed(1)}% (${falseHolds.length}/${innocent.length})`);
		if (rate > targets.falseHold) failures.push(`false holds ${(rate * 100).toFixed(1)}%: ${falseHolds.map((r) => `${r.line.n}: ${r.line.text} [${r.result.reasons.map((x) => x.kind).join(',')}]`).join(' | ')}`);
		console.log(report.join('\n'));
		expect(failures).toEqual([]);
	});

	it('maps every reason back onto the original text', () => {
		for (const { line, result } of results) {
			for (const r of result.reasons) {
				expect(r.start, line.text).toBeGreaterThanOrEqual(0);
				expect(r.end, line.text).toBeLessThanOrEqual(line.text.length);
				expect(r.end, line.text).toBeGreaterThan(r.start);
			}
		}
	});
});

describe('the tuned corpora', () => {
	it('never escalate an innocent line to the safeguarding leads', () => {
		for (const file of ['screen-corpus.tsv', 'screen-heldout.tsv', 'screen-test.tsv']) {
			const escalated = readScreenCorpus(file).filter((l) => l.kinds.size === 0 && screenText(l.text, { country: l.country, locale: l.locale }).verdict === 'concern');
			expect(escalated.map((l) => `${file}:${l.n}: ${l.text}`)).toEqual([]);
		}
	});
});

describe('the demo draft bill', () => {
	it('passes untouched, line by line and whole', () => {
		const dir = new URL('../../scripts/demo-content/', import.meta.url);
		for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
			const text = fs.readFileSync(new URL(file, dir), 'utf8');
			expect(screenText(text, { country: 'TH' }), file).toEqual({ verdict: 'allow', reasons: [] });
			const held = text
				.split('\n')
				.filter((l) => l.trim())
				.filter((l) => screenText(l, { country: 'TH' }).verdict !== 'allow');
			expect(held, file).toEqual([]);
		}
	});
});
