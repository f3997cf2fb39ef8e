// Word segmentation of the unspaced scripts (Thai, Lao, Khmer, Burmese, CJK) by Intl.Segmenter, one call per text.
// Each segment() call costs about 8 µs before it reads a character, and a text has a dozen such chunks, so all of
// them are joined with "\n" (a hard word break, which no segment crosses) and segmented together: half the time.
// Short chunks are segmented once and kept (shortSegmentations).
import type { Chunks } from './chars';
import { RunTable } from './run-table';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The word-like segments of unspaced chunks of at most SHORT code units (a word or two of Thai: "ครับ", "นะคะ",
 * "555", "ไอ้"), as pairs (from, to) relative to the chunk: such chunks come back as words do, and each segment
 * Intl.Segmenter reads costs about half a microsecond and half a kilobyte of garbage. Longer chunks, clauses more
 * often than not, are segmented every time. A chunk's segments do not depend on the chunks joined to it (checked on
 * every unspaced chunk of the corpora, in twenty random neighbourhoods each).
 */
const shortSegmentations = new RunTable(20_000);
const SHORT = 12;

/**
 * The word-like segments of the text's unspaced chunks, in order, each as it would be segmented alone: triples
 * (chunk number, from, to) with [from, to) in the text, in one flat array rather than an object a segment. `units`
 * are the text's code units (for the kept segmentations' lookups).
 */
export function segmentsOf(text: string, units: Uint16Array, chunks: Chunks): number[] {
	const { count, starts, ends, unspaced, hashes } = chunks;
	// Where each unspaced chunk's kept segments are in shortSegmentations' pool, or -1: those are segmented now.
	const kept: number[] = [];
	const fresh: number[] = [];
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) continue;
		const found = ends[k] - starts[k] <= SHORT ? shortSegmentations.find(units, starts[k], ends[k], hashes[k]) : -1;
		kept.push(found);
		if (found < 0) fresh.push(k);
	}
	const segmented = segmentChunks(text, chunks, fresh);
	for (let s = 0, f = 0; f < fresh.length; f++) {
		const k = fresh[f];
		const relative: number[] = [];
		for (; s < segmented.length && segmented[s] === k; s += 3) relative.push(segmented[s + 1] - starts[k], segmented[s + 2] - starts[k]);
		if (ends[k] - starts[k] <= SHORT) shortSegmentations.add(units, starts[k], ends[k], hashes[k], relative);
	}
	if (fresh.length === kept.length) return segmented;
	// Kept and fresh ones merged, in the chunks' order.
	const out: number[] = [];
	let s = 0;
	let u = 0;
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) continue;
		const found = kept[u++];
		if (found >= 0) {
			const pool = shortSegmentations.pool;
			for (let p = found + 1; p <= found + pool[found]; p += 2) out.push(k, starts[k] + pool[p], starts[k] + pool[p + 1]);
		} else {
			for (; s < segmented.length && segmented[s] === k; s += 3) out.push(k, segmented[s + 1], segmented[s + 2]);
		}
	}
	return out;
}

/** The word-like segments of chunks `which` (in order) of the text, as segmentsOf gives them. */
function segmentChunks(text: string, chunks: Chunks, which: number[]): number[] {
	const out: number[] = [];
	const { starts, ends } = chunks;
	if (which.length === 0) return out;
	const pieces = which.map((k) => text.slice(starts[k], ends[k]));
	const joined = pieces.join('\n');
	let p = 0;
	// Where piece p begins in the joined string.
	let base = 0;
	for (const s of segmenter.segment(joined)) {
		if (!s.isWordLike) continue;
		while (s.index >= base + pieces[p].length + 1) {
			base += pieces[p].length + 1;
			p++;
		}
		const from = starts[which[p]] + (s.index - base);
		out.push(which[p], from, from + s.segment.length);
	}
	return out;
}
