// Our ids: 16 characters of lowercase base32 (src/lib/server/ids.ts).
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => /^[a-z2-7]{16}$/.test(param);
