/**
 * The messages handed to the browser. Every page carries them in its HTML (the client
 * components' translations), so the namespaces that only server components read stay out:
 * less to download and parse on a phone. A client component that starts using one of these must
 * take it off the list; tests/unit/client-messages.test.ts checks the client components.
 */
export const SERVER_ONLY_NAMESPACES: readonly string[] = ['guides', 'week', 'home', 'fieldErrors', 'insight', 'landing', 'notices', 'meta', 'notFound'];

/**
 * Namespaces of one section of the app: sent only on that section's pages (their layouts wrap
 * them in `SectionMessages`), not in every page's HTML. Namespace → the route folders that get it.
 */
export const SECTION_NAMESPACES: Readonly<Record<string, readonly string[]>> = {
  groups: ['app/(app)/groups', 'app/(app)/account'],
  moderation: ['app/(app)/moderation', 'app/(app)/admin', 'app/(app)/account'],
  questions: ['app/(app)/questions', 'app/(app)/experts', 'app/(app)/admin'],
  experts: ['app/(app)/questions', 'app/(app)/experts', 'app/(app)/admin'],
  admin: ['app/(app)/admin', 'app/(app)/account'],
};

export function clientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(
    Object.entries(messages).filter(([ns]) => !SERVER_ONLY_NAMESPACES.includes(ns) && !(ns in SECTION_NAMESPACES)),
  ) as Partial<M>;
}

/** The root's messages plus the named section namespaces. */
export function sectionMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]): Partial<M> {
  return { ...clientMessages(messages), ...Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) } as Partial<M>;
}
