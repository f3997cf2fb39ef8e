// Durations used across domains. Services that depend on time take `now` (epoch ms) as a parameter,
// defaulting to Date.now(), so tests move time instead of sleeping.
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
