// Words for what the screen found, why a comment waits, what a member reported and where a concern stands, shared
// by the consultation page, the review queue and the leads' pages.
import { m } from '$lib/paraglide/messages';

/** A reason the screen or the committee held a comment, as a facilitator reads it. */
export function reasonLabel(kind: string): string {
	if (kind === 'personal_info') return m.reason_personal_info();
	if (kind === 'contact_request') return m.reason_contact_request();
	if (kind === 'abuse') return m.reason_abuse();
	return m.reason_pre_moderation();
}

/** Why a comment waits, as its young author reads it. */
export function heldWhy(kind: string): string {
	if (kind === 'personal_info') return m.comment_held_why_personal_info();
	if (kind === 'contact_request') return m.comment_held_why_contact_request();
	if (kind === 'abuse') return m.comment_held_why_abuse();
	return m.comment_held_why_pre_moderation();
}

export const REPORT_REASONS = ['personal_info', 'bullying', 'unsafe', 'other'] as const;

export function reportLabel(reason: string): string {
	if (reason === 'personal_info') return m.report_reason_personal_info();
	if (reason === 'bullying') return m.report_reason_bullying();
	if (reason === 'unsafe') return m.report_reason_unsafe();
	return m.report_reason_other();
}

export function concernKindLabel(kind: string): string {
	return kind === 'self_harm' ? m.concern_kind_self_harm() : m.concern_kind_disclosure();
}

export function concernStatusLabel(status: string): string {
	if (status === 'in_progress') return m.concern_status_in_progress();
	if (status === 'referred') return m.concern_status_referred();
	if (status === 'closed') return m.concern_status_closed();
	return m.concern_status_new();
}
