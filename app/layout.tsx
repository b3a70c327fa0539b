import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { PwaClient } from '@/components/pwa-client';
import { getViewer } from '@/lib/auth/viewer';
import { clientMessages } from '@/lib/i18n/client-messages';
import { latin, vietnamese } from './fonts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    title: { default: 'Village', template: '%s · Village' },
    description: t('description'),
    applicationName: 'Village',
    appleWebApp: { capable: true, title: 'Village', statusBarStyle: 'default' },
  };
}

// The browser bar follows her phone's light or dark setting (3 a.m. feeds), like the page.
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#171310' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const viewer = await getViewer();
  // Only what client components use: the rest would ride along in every page's HTML.
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale} className={`${latin.variable} ${vietnamese.variable}`}>
      <body className="bg-paper text-ink antialiased">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
        <PwaClient viewerId={viewer?.id ?? null} />
      </body>
    </html>
  );
}
