// Word forms as numbers. Every distinct form the tokenizer reads gets one, the same in every text, and a text's words
// are three typed arrays (start, end, form number) instead of an object each: allocating a token per word, and a
// Map read per word to find what was known of its form, were half of the screen's time.
// What the word lists, the phrase index and the personal-information finders learn of a form is kept by its number
// in a FormFacts (one typed-array read a word). The table is emptied when it has grown past FORMS_MAX, between two
// texts only (see startText), and every FormFacts forgets with it, as do the tokenizer's chunk readings.

import { squeeze } from './chars';

const FORMS_MAX = 50_000;

const numbers = new Map<string, number>();
const forms: string[] = [];
/** The form with each run of one character squeezed to one, when it had a run of three or more (see squeeze). */
const squeezedForms: (string | undefined)[] = [];

/**
 * What is learnt of each form, in one Int32Array: FIELDS numbers a form, side by side, so the facts of a word (its
 * bits for the word lists, its phrase word number, its bits for the personal-information finders, its letters) are one
 * cache line, not one in each of four arrays. -1 until learnt.
 */
const FIELDS = 4;
let facts = new Int32Array(1024 * FIELDS).fill(-1);
let fieldsTaken = 0;

/** One kind of fact learnt per form number: a small integer, -1 until learnt. */
export class FormFacts {
	private readonly field: number;
	/** Whether anything was learnt since the last forget (forgetting reads the whole table). */
	private learnt = false;

	constructor() {
		if (fieldsTaken === FIELDS) throw new Error('forms.ts keeps FIELDS facts a form: make room for another');
		this.field = fieldsTaken++;
	}

	get(form: number): number {
		const at = form * FIELDS + this.field;
		return at < facts.length ? facts[at] : -1;
	}

	set(form: number, value: number) {
		const at = form * FIELDS + this.field;
		if (at >= facts.length) {
			const bigger = new Int32Array(Math.max(facts.length * 2, (form + 1) * FIELDS)).fill(-1);
			bigger.set(facts);
			facts = bigger;
		}
		facts[at] = value;
		this.learnt = true;
	}

	forget() {
		if (!this.learnt) return;
		for (let at = this.field; at < facts.length; at += FIELDS) facts[at] = -1;
		this.learnt = false;
	}
}

const emptied: (() => void)[] = [];

/** The number of a form, given it on first sight. */
export function formNumber(form: string): number {
	let n = numbers.get(form);
	if (n === undefined) {
		n = forms.length;
		numbers.set(form, n);
		forms.push(form);
		squeezedForms.push(squeeze(form));
	}
	return n;
}

export function formOf(n: number): string {
	return forms[n];
}

export function squeezedOf(n: number): string | undefined {
	return squeezedForms[n];
}

/**
 * Called before a text is read: empties the table if it is full. Never while a text is read, whose words hold
 * numbers (a committee's word list compiled halfway through adds forms, which may take the table past FORMS_MAX).
 */
export function startText() {
	if (forms.length < FORMS_MAX) return;
	numbers.clear();
	forms.length = 0;
	squeezedForms.length = 0;
	facts.fill(-1);
	for (const then of emptied) then();
}

/** Runs `then` whenever the table is emptied (for keepers of form numbers other than FormFacts, which forget alone). */
export function whenEmptied(then: () => void) {
	emptied.push(then);
}
