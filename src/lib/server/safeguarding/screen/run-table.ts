// A hash table from a run of a text's code units (a chunk between spaces, a segment) to a few numbers, kept in two
// flat Int32Arrays: a table of places and a pool of entries, each entry its hash, its code units and its numbers. A
// lookup reads a place and then one entry, mostly one cache line each. The tokenizer's cache was a Map of objects (a
// string, an array of parts): each lookup chased four or five pointers into memory the segmenter had evicted, and
// the cache reads cost more than reading the chunks afresh would have.

/** An entry: [hash, length, code units…, count of numbers, numbers…]. */
const HEAD = 2;

export class RunTable {
	/** The entries; read the numbers of an entry at the offset find or add gave, until the next add. */
	pool = new Int32Array(1 << 16);
	/**
	 * Each place holds an entry's offset + 1 (0: empty), its hash being the entry's first number. Grown with the entries
	 * (at most half full), not made for the most at once: a table that fits the cache.
	 */
	private places = new Int32Array(1024);
	private mask = 1023;
	private used = 0;
	private entries = 0;
	/** What touch read, kept so that its reads are not optimized away. */
	touched = 0;

	/** At most `maxEntries` entries, and a pool of at most `maxPool` numbers: then the table starts again empty. */
	constructor(
		private readonly maxEntries: number,
		private readonly maxPool = maxEntries * 32
	) {}

	/**
	 * Where the numbers of the code units [start, end) of `units` begin in `pool` ([count, numbers…]), or -1. `hash` is
	 * hashOf (chars.ts).
	 */
	find(units: Uint16Array, start: number, end: number, hash: number): number {
		const places = this.places;
		const pool = this.pool;
		const length = end - start;
		for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
			const entry = places[i] - 1;
			if (entry < 0) return -1;
			if (pool[entry] !== hash || pool[entry + 1] !== length) continue;
			let same = true;
			for (let k = 0; k < length && same; k++) same = pool[entry + HEAD + k] === units[start + k];
			if (same) return entry + HEAD + length;
		}
	}

	/**
	 * Reads the place of each hash, then the entry there, ahead of the lookups. These reads do not wait on one
	 * another, so the CPU overlaps their cache misses; lookups one after another wait for each miss in turn, and
	 * between two texts the segmenter and the rest have pushed the table out of the cache.
	 */
	touch(hashes: Int32Array, count: number) {
		const places = this.places;
		const pool = this.pool;
		const mask = this.mask;
		let sum = 0;
		for (let k = 0; k < count; k++) sum += places[hashes[k] & mask];
		for (let k = 0; k < count; k++) {
			const entry = places[hashes[k] & mask] - 1;
			if (entry >= 0) sum += pool[entry + 1];
		}
		this.touched = sum;
	}

	/** Keeps `numbers` for units [start, end) (not there yet) and gives where they begin, as find does. */
	add(units: Uint16Array, start: number, end: number, hash: number, numbers: ArrayLike<number>): number {
		const length = end - start;
		const size = HEAD + length + 1 + numbers.length;
		if (this.entries + 1 > this.maxEntries || this.used + size > this.maxPool) this.clear();
		if (this.used + size > this.pool.length) {
			const bigger = new Int32Array(Math.max(this.pool.length * 2, this.used + size));
			bigger.set(this.pool.subarray(0, this.used));
			this.pool = bigger;
		}
		const pool = this.pool;
		const entry = this.used;
		pool[entry] = hash;
		pool[entry + 1] = length;
		for (let k = 0; k < length; k++) pool[entry + HEAD + k] = units[start + k];
		const at = entry + HEAD + length;
		pool[at] = numbers.length;
		for (let k = 0; k < numbers.length; k++) pool[at + 1 + k] = numbers[k];
		this.used += size;
		this.entries++;
		if (this.entries * 2 > this.mask + 1) this.grow();
		this.place(hash, entry);
		return at;
	}

	private place(hash: number, entry: number) {
		let i = hash & this.mask;
		while (this.places[i] !== 0) i = (i + 1) & this.mask;
		this.places[i] = entry + 1;
	}

	/** Twice the places, every entry placed anew. */
	private grow() {
		const old = this.places;
		this.places = new Int32Array(old.length * 2);
		this.mask = this.places.length - 1;
		for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.place(this.pool[old[i] - 1], old[i] - 1);
	}

	clear() {
		this.places = new Int32Array(1024);
		this.mask = 1023;
		this.used = 0;
		this.entries = 0;
	}
}
