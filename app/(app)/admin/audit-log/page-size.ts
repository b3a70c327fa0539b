/** Entries per page of the audit log (the first from the server, older ones from the API). */
export const AUDIT_PAGE = 30;
