// Word lists (the built-in abuse and mild lists, and a committee's own words) and the test of one word against one.
// A text's words repeat across texts, so each list remembers its answer per form: a Map read instead of a dozen
// Set reads and, for spelled-out words, a scan of the whole list.
import { formsOf } from './tokens';
import { compilePhrase, indexPhrases, type PhraseIndex } from './phrases';

export interface WordList {
	exact: Set<string>;
	prefixes: string[];
	prefixSet: Set<string>;
	prefixLengths: number[];
	/** Exact words squeezed ("ass" → "as"), matched only by stretched words ("asssss"). */
	squeezed: Set<string>;
	/** Entries of several words (Thai the segmenter splits, "óc chó"), matched as phrases. */
	multi: string[];
	phrases: PhraseIndex;
	/** Answers already given, per form: [0] for words, [1] for spelled-out readings. */
	memo: [Map<string, boolean>, Map<string, boolean>];
}

const MEMO_MAX = 50_000;

export function wordList(entries: string[]): WordList {
	const list: WordList = { exact: new Set(), prefixes: [], prefixSet: new Set(), prefixLengths: [], squeezed: new Set(), multi: [], phrases: indexPhrases([]), memo: [new Map(), new Map()] };
	const multi = list.multi;
	for (const raw of entries) {
		const prefix = raw.endsWith('*');
		const forms = formsOf(prefix ? raw.slice(0, -1) : raw);
		if (forms.length === 0) continue;
		if (forms.length > 1) {
			multi.push(forms.join(' ') + (prefix ? '*' : ''));
			continue;
		}
		if (prefix) list.prefixes.push(forms[0]);
		else {
			list.exact.add(forms[0]);
			list.squeezed.add(forms[0].replace(/(.)\1+/gu, '$1'));
		}
	}
	list.phrases = indexPhrases(multi.map((p) => compilePhrase(p, 'words')));
	list.prefixSet = new Set(list.prefixes);
	list.prefixLengths = [...new Set(list.prefixes.map((p) => p.length))];
	return list;
}

function hasPrefix(list: WordList, word: string): boolean {
	for (const n of list.prefixLengths) if (n <= word.length && list.prefixSet.has(word.slice(0, n))) return true;
	return false;
}

function test(form: string, squeezed: string | undefined, list: WordList, joined: boolean): boolean {
	if (list.exact.has(form)) return true;
	if (hasPrefix(list, form)) return true;
	if (squeezed && (list.squeezed.has(squeezed) || hasPrefix(list, squeezed))) return true;
	// Letters spelled out with gaps are a deliberate disguise: a listed word anywhere in them counts.
	if (joined) {
		for (const w of list.exact) if (w.length >= 3 && form.includes(w)) return true;
		for (const p of list.prefixes) if (p.length >= 3 && form.includes(p)) return true;
	}
	return false;
}

/**
 * Whether a word (or, `joined`, a spelled-out reading) is on the list. `squeezed` is the form squeezed (squeeze in
 * chars.ts), which follows from the form.
 */
export function inList(form: string, squeezed: string | undefined, list: WordList, joined: boolean): boolean {
	const memo = list.memo[joined ? 1 : 0];
	let yes = memo.get(form);
	if (yes === undefined) {
		yes = test(form, squeezed, list, joined);
		if (memo.size >= MEMO_MAX) memo.clear();
		memo.set(form, yes);
	}
	return yes;
}
