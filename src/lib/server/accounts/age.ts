// Ages from birth year and month (we never ask for the day), and the age limits that apply to members.
// Safeguarding rule 7: under the country's age of digital consent an account waits for a guardian's consent.

export function ageInYears(birthYear: number, birthMonth: number, now = Date.now()): number {
	const today = new Date(now);
	const months = (today.getUTCFullYear() - birthYear) * 12 + (today.getUTCMonth() + 1 - birthMonth);
	return Math.floor(months / 12);
}

function envInt(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
	const value = Number.parseInt(env[name] ?? '', 10);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** DIGITAL_CONSENT_AGE (default 13), overridden per country by DIGITAL_CONSENT_AGE_<CC>, e.g. DIGITAL_CONSENT_AGE_VN=16. */
export function digitalConsentAge(country: string, env: NodeJS.ProcessEnv = process.env): number {
	return envInt(`DIGITAL_CONSENT_AGE_${country.toUpperCase()}`, envInt('DIGITAL_CONSENT_AGE', 13, env), env);
}

/** Who can join as a youth member: MIN_MEMBER_AGE (default 10) to MAX_MEMBER_AGE (default 25). */
export function memberAgeLimits(env: NodeJS.ProcessEnv = process.env): { min: number; max: number } {
	return { min: envInt('MIN_MEMBER_AGE', 10, env), max: envInt('MAX_MEMBER_AGE', 25, env) };
}
