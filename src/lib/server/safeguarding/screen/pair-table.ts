// A map from a pair of small numbers (a phrase slot, a word) to a small number, in one flat Int32Array, for the
// phrase matcher (phrase-program.ts), which asks it about a thousand times a text.

/**
 * Why not a Map per slot: between the segmenter and the link finder, which push the phrases out of the CPU's cache,
 * thousands of small Maps cost a cache miss or more at nearly every read; a read here touches one cache line.
 */

/** Each place holds [first, second, value + 1 (0: empty), unused]: 16 bytes, so one read touches one cache line. */
const STRIDE = 4;

export class PairTable {
	private cells = new Int32Array(1024 * STRIDE);
	private size = 0;

	private static place(a: number, b: number, mask: number): number {
		return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
	}

	/** The value for (a, b), or -1. */
	get(a: number, b: number): number {
		const cells = this.cells;
		const mask = cells.length / STRIDE - 1;
		for (let i = PairTable.place(a, b, mask); ; i = (i + 1) & mask) {
			const at = i * STRIDE;
			const v = cells[at + 2];
			if (v === 0) return -1;
			if (cells[at] === a && cells[at + 1] === b) return v - 1;
		}
	}

	/** Sets (a, b) to a value of 0 or more. */
	set(a: number, b: number, value: number) {
		if ((this.size + 1) * 2 * STRIDE > this.cells.length) this.grow();
		const cells = this.cells;
		const mask = cells.length / STRIDE - 1;
		for (let i = PairTable.place(a, b, mask); ; i = (i + 1) & mask) {
			const at = i * STRIDE;
			if (cells[at + 2] === 0) this.size++;
			else if (cells[at] !== a || cells[at + 1] !== b) continue;
			cells[at] = a;
			cells[at + 1] = b;
			cells[at + 2] = value + 1;
			return;
		}
	}

	private grow() {
		const old = this.cells;
		this.cells = new Int32Array(old.length * 2);
		this.size = 0;
		for (let at = 0; at < old.length; at += STRIDE) if (old[at + 2] !== 0) this.set(old[at], old[at + 1], old[at + 2] - 1);
	}
}
