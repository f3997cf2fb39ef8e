// Consultation states in the reader's language.
import { m } from '$lib/paraglide/messages';

export function stateLabel(state: string): string {
	switch (state) {
		case 'draft':
			return m.state_draft();
		case 'upcoming':
			return m.state_upcoming();
		case 'open':
			return m.state_open();
		case 'closed':
			return m.state_closed();
		default:
			return m.state_archived();
	}
}

export function sectionTitle(s: { number: string | null; heading: string }): string {
	if (!s.number && !s.heading) return m.section_preamble();
	if (!s.number) return s.heading;
	return s.heading ? m.section_title({ number: s.number, heading: s.heading }) : m.section_number_only({ number: s.number });
}
