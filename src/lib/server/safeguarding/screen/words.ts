// A text's words as three typed arrays (start, end, form number), not an object a word: allocating a token per word
// was a large part of the screen's time. Form numbers are forms.ts's. And the extra readings that overlap them.

/** The words of a text in order: word i is [starts[i], ends[i]) in the prepared text, its form numbered forms[i]. */
export class Words {
	count = 0;
	starts: Int32Array;
	ends: Int32Array;
	forms: Int32Array;

	constructor(capacity: number) {
		this.starts = new Int32Array(capacity);
		this.ends = new Int32Array(capacity);
		this.forms = new Int32Array(capacity);
	}

	/** Forgets the words, to read another text into the same arrays. */
	clear() {
		this.count = 0;
	}

	push(start: number, end: number, form: number) {
		if (this.count === this.starts.length) this.grow();
		const i = this.count++;
		this.starts[i] = start;
		this.ends[i] = end;
		this.forms[i] = form;
	}

	private grow() {
		const size = this.starts.length * 2 + 16;
		const starts = new Int32Array(size);
		const ends = new Int32Array(size);
		const forms = new Int32Array(size);
		starts.set(this.starts);
		ends.set(this.ends);
		forms.set(this.forms);
		this.starts = starts;
		this.ends = ends;
		this.forms = forms;
	}
}

/** One more reading of letters spelled out with gaps, overlapping the words: few a text, so objects. */
export interface Reading {
	/** As matched: lower case, leetspeak and look-alikes resolved. */
	form: string;
	/** The form with every run of one letter squeezed to one, only when it had a run of three or more. */
	squeezed?: string;
	/** Where it is in the prepared text, [start, end). */
	start: number;
	end: number;
}
