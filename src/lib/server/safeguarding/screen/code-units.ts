// Strings as arrays of UTF-16 code units and back, through Node's Buffer: it copies a string's code units natively
// (a tenth of a microsecond for 2,000), where charCodeAt costs a few nanoseconds each on the sliced and two-byte
// strings texts arrive as, and it makes a string of an array in one call. Buffer's "utf16le" is little-endian bytes:
// on a big-endian machine the code units are read and written one by one instead.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A Uint16Array of code units, kept and grown, with the Buffer over the same memory. */
export class CodeUnits {
	units = new Uint16Array(0);
	private bytes = Buffer.alloc(0);

	constructor(size = 4096) {
		this.reserve(size);
	}

	/** Room for at least `size` code units; what units held is kept. */
	reserve(size: number) {
		if (this.units.length >= size) return;
		const memory = new ArrayBuffer(Math.max(size, this.units.length * 2) * 2);
		const units = new Uint16Array(memory);
		units.set(this.units);
		this.units = units;
		this.bytes = Buffer.from(memory);
	}

	/** Copies the code units of `text` to units[0, text.length). */
	read(text: string) {
		this.reserve(text.length);
		if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
		else for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
	}

	/** The string of units[0, length). Lone surrogates are kept. */
	toString(length: number): string {
		if (LITTLE_ENDIAN) return this.bytes.toString('utf16le', 0, length * 2);
		let text = '';
		for (let i = 0; i < length; i += 4096) text += String.fromCharCode(...this.units.subarray(i, Math.min(length, i + 4096)));
		return text;
	}
}
