// Every language the screen reads, all at once: young people mix languages (Taglish, Thai with English words), so
// a text is checked against every list whatever its author's locale.
import type { Lexicon } from './types';
import { en } from './en';
import { th } from './th';
import { id } from './id';
import { vi } from './vi';
import { fil } from './fil';

export type { Lexicon };
export const lexicons: Lexicon[] = [en, th, id, vi, fil];
