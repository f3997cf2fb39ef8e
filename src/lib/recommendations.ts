// Words for a recommendation's status and a body's decision, shared by every page that shows them (browser-safe).
import { m } from '$lib/paraglide/messages';

export type RecommendationStatus = 'draft' | 'voting' | 'adopted' | 'submitted' | 'acknowledged' | 'answered' | 'withdrawn';

export function statusLabel(status: RecommendationStatus): string {
	switch (status) {
		case 'draft':
			return m.rec_status_draft();
		case 'voting':
			return m.rec_status_voting();
		case 'adopted':
			return m.rec_status_adopted();
		case 'submitted':
			return m.rec_status_submitted();
		case 'acknowledged':
			return m.rec_status_acknowledged();
		case 'answered':
			return m.rec_status_answered();
		case 'withdrawn':
			return m.rec_status_withdrawn();
	}
}

/** What happens next, in words a 12-year-old reads: shown at the top of a recommendation's page. */
export function nextStep(status: RecommendationStatus): string {
	switch (status) {
		case 'draft':
			return m.rec_next_draft();
		case 'voting':
			return m.rec_next_voting();
		case 'adopted':
			return m.rec_next_adopted();
		case 'submitted':
			return m.rec_next_submitted();
		case 'acknowledged':
			return m.rec_next_acknowledged();
		case 'answered':
			return m.rec_next_answered();
		case 'withdrawn':
			return m.rec_next_withdrawn();
	}
}
