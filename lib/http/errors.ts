/** Every error the API and socket acknowledgements can return, mapped once to an HTTP status. */
export const ERROR_STATUS = {
  validation: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  invitation_expired: 409,
  invitation_used: 409,
  owner_cannot_leave: 409,
  chore_taken: 409,
  chore_done: 409,
  chore_not_claimed: 409,
  already_answered: 409,
  mother_resting: 409,
  alias_taken: 409,
  already_flagged: 409,
  already_decided: 409,
  silenced: 403,
  comparison_nudge: 422,
  word_blocked: 422,
  slow_mode: 429,
  idempotency_in_progress: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
    /** Extra facts for the client, e.g. who holds a chore: `{ holder: { id, name } }`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}), ...this.details } };
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = (why = 'You do not have permission to do this') => new AppError('forbidden', why);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in first');

/** zod issues → { "field.path": ["message"] } */
export function fieldsFromIssues(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
