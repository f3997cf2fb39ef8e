// Word segmentation of the unspaced scripts (Thai, Lao, Khmer, Burmese, CJK) by Intl.Segmenter, one call per text.
// Each segment() call costs about 8 µs before it reads a character, and a text has a dozen such chunks, so all of
// them are joined with "\n" (a hard word break, which no segment crosses) and segmented together: half the time.

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** A word-like segment of one chunk, at [from, to) in the text. */
export interface Segment {
	from: number;
	to: number;
}

/** The word-like segments of each chunk [starts[k], ends[k]) of the text, in order, as they would be segmented alone. */
export function segmentChunks(text: string, starts: number[], ends: number[]): Segment[][] {
	const out: Segment[][] = [];
	if (starts.length === 0) return out;
	const pieces: string[] = [];
	for (let k = 0; k < starts.length; k++) {
		pieces.push(text.slice(starts[k], ends[k]));
		out.push([]);
	}
	const joined = pieces.join('\n');
	let k = 0;
	// Where chunk k begins in the joined string.
	let base = 0;
	for (const s of segmenter.segment(joined)) {
		if (!s.isWordLike) continue;
		while (s.index >= base + pieces[k].length + 1) {
			base += pieces[k].length + 1;
			k++;
		}
		const from = starts[k] + (s.index - base);
		out[k].push({ from, to: from + s.segment.length });
	}
	return out;
}
