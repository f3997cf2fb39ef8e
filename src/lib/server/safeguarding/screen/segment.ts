// Word segmentation of the unspaced scripts (Thai, Lao, Khmer, Burmese, CJK) by Intl.Segmenter, one call per text.
// Each segment() call costs about 8 µs before it reads a character, and a text has a dozen such chunks, so all of
// them are joined with "\n" (a hard word break, which no segment crosses) and segmented together: half the time.
import type { Chunks } from './chars';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The word-like segments of chunks `which` (in order) of the text, each as it would be segmented alone: triples
 * (chunk number, from, to) with [from, to) in the text, in one flat array rather than an object a segment.
 */
export function segmentChunks(text: string, chunks: Chunks, which: number[]): number[] {
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
