// A map from a pair of small numbers (a phrase slot, a word) to a small number, in three flat Int32Arrays.
// Phrase matching asks it about a thousand times a text, between the segmenter and the link finder, which push the
// phrases out of the CPU's cache: thousands of small Maps across the heap cost a cache miss at nearly every read.

export class PairTable {
	private firsts = new Int32Array(1024);
	private seconds = new Int32Array(1024);
	/** The value plus one; 0 marks an empty place. */
	private values = new Int32Array(1024);
	private size = 0;

	private static place(a: number, b: number, mask: number): number {
		return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
	}

	/** The value for (a, b), or -1. */
	get(a: number, b: number): number {
		const mask = this.values.length - 1;
		for (let i = PairTable.place(a, b, mask); ; i = (i + 1) & mask) {
			const v = this.values[i];
			if (v === 0) return -1;
			if (this.firsts[i] === a && this.seconds[i] === b) return v - 1;
		}
	}

	/** Sets (a, b) to a value of 0 or more. */
	set(a: number, b: number, value: number) {
		if ((this.size + 1) * 2 > this.values.length) this.grow();
		const mask = this.values.length - 1;
		for (let i = PairTable.place(a, b, mask); ; i = (i + 1) & mask) {
			if (this.values[i] === 0) this.size++;
			else if (this.firsts[i] !== a || this.seconds[i] !== b) continue;
			this.firsts[i] = a;
			this.seconds[i] = b;
			this.values[i] = value + 1;
			return;
		}
	}

	private grow() {
		const { firsts, seconds, values } = this;
		this.firsts = new Int32Array(values.length * 2);
		this.seconds = new Int32Array(values.length * 2);
		this.values = new Int32Array(values.length * 2);
		this.size = 0;
		for (let i = 0; i < values.length; i++) if (values[i] !== 0) this.set(firsts[i], seconds[i], values[i] - 1);
	}
}
