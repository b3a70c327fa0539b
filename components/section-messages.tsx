import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { sectionMessages } from '@/lib/i18n/client-messages';

/** Gives this section's client components their namespaces (kept out of every other page). */
export async function SectionMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = sectionMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
