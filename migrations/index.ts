// Every migration, by name, in order. A test checks that each file in this folder is listed here,
// so the app (bundled by Vite), the CLI (tsx) and the tests (vitest) load the same set without globbing.
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_consultations';
import * as m0003 from './0003_comment_page_index';
import * as m0004 from './0004_screening';
import * as m0005 from './0005_discussion_version';
import * as m0006 from './0006_safeguarding_tools';
import * as m0007 from './0007_positions_ballots';
import * as m0008 from './0008_recommendations';
import * as m0009 from './0009_notification_announced';

export const migrations: Record<string, Migration> = {
	'0001_foundation': m0001,
	'0002_consultations': m0002,
	'0003_comment_page_index': m0003,
	'0004_screening': m0004,
	'0005_discussion_version': m0005,
	'0006_safeguarding_tools': m0006,
	'0007_positions_ballots': m0007,
	'0008_recommendations': m0008,
	'0009_notification_announced': m0009
};
