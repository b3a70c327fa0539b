/** Her requests still worth showing: the open ones, and the latest answer from the last 12 hours. */
export function recentRequests<R extends { status: string; createdAt: string }>(items: R[]): R[] {
  const since = Date.now() - 12 * 3_600_000;
  const answered = items.find((r) => r.status === 'answered' && new Date(r.createdAt).getTime() > since);
  return [...items.filter((r) => r.status === 'open'), ...(answered ? [answered] : [])];
}
