/** Set by server.ts on every request from the socket (or X-Forwarded-For behind a trusted proxy). */
export const CLIENT_IP_HEADER = 'x-village-client-ip';

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
