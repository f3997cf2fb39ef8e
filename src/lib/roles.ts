// Role names in the reader's language.
import { m } from '$lib/paraglide/messages';

export function roleLabel(role: string): string {
	switch (role) {
		case 'member':
			return m.role_member();
		case 'facilitator':
			return m.role_facilitator();
		case 'safeguarding_lead':
			return m.role_safeguarding_lead();
		case 'admin':
			return m.role_admin();
		default:
			return role;
	}
}
