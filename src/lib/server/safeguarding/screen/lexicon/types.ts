// What the screen knows of one language. Word lists are matched word by word (never inside another word: the
// Scunthorpe problem), "word*" matching words that begin so; phrases use the notation in ../phrases.ts.
export interface Lexicon {
	locale: string;
	/** Profanity, slurs and insults. */
	abuse: string[];
	/**
	 * Words that are ordinary on their own ("stupid question", "ควาย" the animal, "anjing" the dog) but insults when
	 * someone disguised them ("st\u00adupid", "anj1ng", "ค ว า ย"): matched only in a disguised word.
	 */
	mild: string[];
	/** Bullying aimed at someone ("nobody likes you"). */
	bullying: string[];
	/** Moving to another app, meeting up, asking age, photos or secrecy. */
	contact: string[];
	/** A young person telling of harm done to them. */
	disclosure: string[];
	/** A young person thinking of hurting or killing themselves. */
	selfHarm: string[];
	/** Digits written as words, 0 to 9, for phone numbers spelled out. */
	digits: string[][];
	/** Words that make a nearby number a street address ("soi", "jalan", "đường"). */
	streetWords: string[];
}
