// The screen against our own labelled corpus (tests/fixtures/screen-corpus.tsv: kinds, locale, country, text; "\uXXXX"
// escapes for invisible characters) and against the demo's draft bill, which must pass untouched. Reports precision
// and recall per kind and fails below the targets stated here (docs/safeguarding.md repeats them).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenText, type ReasonKind } from '../../src/lib/server/safeguarding/screen/index';
import { readScreenCorpus } from '../fixtures/screen-corpus';

const KINDS: ReasonKind[] = ['personal_info', 'contact_request', 'abuse', 'disclosure', 'self_harm'];

/** Lowest acceptable recall per kind; precision must be at least 0.85 for every kind. */
const RECALL_TARGET: Record<ReasonKind, number> = { personal_info: 0.95, disclosure: 0.95, self_harm: 0.9, abuse: 0.9, contact_request: 0.85 };
const PRECISION_TARGET = 0.85;
/** Innocent lines the screen holds or escalates: at most 5%. */
const FALSE_HOLD_TARGET = 0.05;

describe('the screen on the labelled corpus', () => {
	const corpus = readScreenCorpus();
	const results = corpus.map((line) => ({ line, result: screenText(line.text, { country: line.country, locale: line.locale }) }));

	it('has several hundred lines in several languages, with every kind and plenty of innocent ones', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(500);
		expect(new Set(corpus.map((l) => l.locale)).size).toBeGreaterThanOrEqual(5);
		for (const kind of KINDS) expect(corpus.filter((l) => l.kinds.has(kind)).length, kind).toBeGreaterThanOrEqual(30);
		expect(corpus.filter((l) => l.kinds.size === 0).length).toBeGreaterThanOrEqual(200);
	});

	it('finds each kind with the stated recall and precision', () => {
		const report: string[] = [];
		const failures: string[] = [];
		for (const kind of KINDS) {
			const labelled = results.filter((r) => r.line.kinds.has(kind));
			const predicted = results.filter((r) => r.result.reasons.some((x) => x.kind === kind));
			const hits = labelled.filter((r) => r.result.reasons.some((x) => x.kind === kind));
			const recall = hits.length / labelled.length;
			const precision = predicted.length ? predicted.filter((r) => r.line.kinds.has(kind)).length / predicted.length : 1;
			report.push(`${kind.padEnd(16)} recall ${recall.toFixed(3)} (${hits.length}/${labelled.length})  precision ${precision.toFixed(3)} (${predicted.length} found)`);
			if (recall < RECALL_TARGET[kind]) failures.push(`${kind} recall ${recall.toFixed(3)} < ${RECALL_TARGET[kind]}; missed: ${labelled.filter((r) => !hits.includes(r)).map((r) => `${r.line.n}: ${r.line.text}`).join(' | ')}`);
			if (precision < PRECISION_TARGET) failures.push(`${kind} precision ${precision.toFixed(3)}; wrongly: ${predicted.filter((r) => !r.line.kinds.has(kind)).map((r) => `${r.line.n}: ${r.line.text}`).join(' | ')}`);
		}
		const innocent = results.filter((r) => r.line.kinds.size === 0);
		const falseHolds = innocent.filter((r) => r.result.verdict !== 'allow');
		const rate = falseHolds.length / innocent.length;
		report.push(`false hold on innocent lines ${(rate * 100).toFixed(1)}% (${falseHolds.length}/${innocent.length})`);
		if (rate > FALSE_HOLD_TARGET) failures.push(`false holds ${(rate * 100).toFixed(1)}%: ${falseHolds.map((r) => `${r.line.n}: ${r.line.text} [${r.result.reasons.map((x) => x.kind).join(',')}]`).join(' | ')}`);
		console.log(report.join('\n'));
		expect(failures).toEqual([]);
	});

	it('escalates every disclosure and self-harm line, and never an innocent one', () => {
		const escalated = results.filter((r) => r.result.verdict === 'concern');
		expect(escalated.filter((r) => r.line.kinds.size === 0).map((r) => `${r.line.n}: ${r.line.text}`)).toEqual([]);
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
