// Typed arrays kept from one text to the next, for work that is done before the next text begins. A new Int32Array
// longer than 64 bytes lives off the heap: allocating one cost about a microsecond, and the collector more, and the
// screen made a dozen a text.

/** An Int32Array of at least `size` numbers, the same one each time while it is big enough; its contents are stale. */
export class ScratchInts {
	private data = new Int32Array(256);

	get(size: number): Int32Array {
		if (this.data.length < size) this.data = new Int32Array(Math.max(size, this.data.length * 2));
		return this.data;
	}
}
