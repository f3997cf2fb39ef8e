// Sign-in throttling: failed attempts are counted per account and per address (rate-limiter-flexible, in memory;
// the scale-out issue moves these counters to Redis). A success clears the account's counter.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors';

const WINDOW_S = 15 * 60;
const perAccount = new RateLimiterMemory({ keyPrefix: 'signin-account', points: 5, duration: WINDOW_S });
const perAddress = new RateLimiterMemory({ keyPrefix: 'signin-ip', points: 30, duration: WINDOW_S });

function blocked(res: RateLimiterRes | null): DomainError | null {
	if (!res || res.remainingPoints > 0 || res.consumedPoints <= 0) return null;
	const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60000));
	return new DomainError('rate_limited', 'error_too_many_sign_in_attempts', { minutes });
}

/** Throws when either counter is exhausted; call before checking the password. */
export async function assertSignInAllowed(email: string, ip: string): Promise<void> {
	const [account, address] = await Promise.all([perAccount.get(email), perAddress.get(ip)]);
	const error = blocked(account) ?? blocked(address);
	if (error) throw error;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
	await Promise.all([perAccount.penalty(email, 1), perAddress.penalty(ip, 1)]);
}

export async function recordSuccessfulSignIn(email: string): Promise<void> {
	await perAccount.delete(email);
}
