// English profanity from the obscenity package, asked of one Latin word at a time (so no match spans two words:
// "as sassy" is not "ass"), less the words a policy comment on child protection needs.
// Words repeat, so each distinct one is asked once: the matcher costs microseconds a word, a Map read nanoseconds.
import {
	DataSet,
	RegExpMatcher,
	collapseDuplicatesTransformer,
	englishDataset,
	resolveConfusablesTransformer,
	resolveLeetSpeakTransformer,
	toAsciiLowerCaseTransformer
} from 'obscenity';

const POLICY_WORDS = new Set(['anal', 'anus', 'bestiality', 'incest', 'penis', 'porn', 'rape', 'sex', 'vagina', 'semen', 'orgasm', 'masturbate', 'ejaculate', 'hooker', 'scat', 'boob', 'tit', 'cum', 'double penetration']);
const englishTerms = new DataSet<{ originalWord: string }>().addAll(englishDataset).removePhrasesIf((p) => POLICY_WORDS.has(p.metadata!.originalWord)).build();
const englishMatcher = new RegExpMatcher({
	blacklistedTerms: englishTerms.blacklistedTerms,
	// The dataset's own exceptions ("assess", "bass"…) and words that contain a pattern once letters are squeezed.
	whitelistedTerms: [...(englishTerms.whitelistedTerms ?? []), 'trafficking', 'trafficked', 'trafficker', 'traffickers', 'traffic', 'scunthorpe', 'cockpit', 'peacock', 'hancock', 'dickens', 'shitake', 'shiitake', 'therapist', 'assassin', 'ngga', 'nggu', 'nggi', 'nggo', 'ngge'],
	blacklistMatcherTransformers: [resolveConfusablesTransformer(), resolveLeetSpeakTransformer(), toAsciiLowerCaseTransformer(), collapseDuplicatesTransformer({ customThresholds: new Map([['b', 2], ['e', 2], ['o', 2], ['l', 2], ['s', 2], ['g', 2]]) })]
});

/** Whether obscenity finds profanity in one word form of three or more characters with a basic Latin letter. */
export function englishProfane(form: string): boolean {
	return form.length >= 3 && /[a-z]/.test(form) && englishMatcher.getAllMatches(form).length > 0;
}
