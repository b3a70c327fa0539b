/** Her requests still worth showing: open ones, and answers from the last 12 hours. */
export function recentRequests<R extends { status: string; createdAt: string }>(items: R[]): R[] {
  const since = Date.now() - 12 * 3_600_000;
  return items.filter((r) => r.status === 'open' || (r.status === 'answered' && new Date(r.createdAt).getTime() > since)).slice(0, 3);
}
