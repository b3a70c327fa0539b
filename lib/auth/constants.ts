export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;
