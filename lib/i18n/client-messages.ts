/**
 * The messages handed to the browser. Every page carries them in its HTML (the client
 * components' translations), so the namespaces that only server components read stay out:
 * less to download and parse on a phone. A client component that starts using one of these must
 * take it off the list; tests/unit/client-messages.test.ts checks the client components.
 */
export const SERVER_ONLY_NAMESPACES: readonly string[] = ['guides', 'week', 'home', 'fieldErrors', 'insight', 'landing', 'notices', 'meta', 'notFound'];

export function clientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => !SERVER_ONLY_NAMESPACES.includes(ns))) as Partial<M>;
}
