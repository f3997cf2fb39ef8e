// Labels for safeguarding concerns, shared by the leads' pages.
import { m } from '$lib/paraglide/messages';

export function concernKindLabel(kind: string): string {
	return kind === 'self_harm' ? m.concern_kind_self_harm() : m.concern_kind_disclosure();
}

export function concernStatusLabel(status: string): string {
	if (status === 'in_progress') return m.concern_status_in_progress();
	if (status === 'referred') return m.concern_status_referred();
	if (status === 'closed') return m.concern_status_closed();
	return m.concern_status_new();
}
