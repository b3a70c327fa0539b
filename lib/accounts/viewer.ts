import type { User } from '@/db/schema/accounts';

/** The signed-in person every domain operation acts for. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  locale: User['locale'];
  sessionVersion: number;
}

export function toViewer(u: User): Viewer {
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, sessionVersion: u.sessionVersion };
}
