import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/viewer';
import { Home } from './home';
import { Landing } from './landing';

const NOTICES = ['left', 'removed', 'signed_out', 'signed_out_everywhere', 'deleted'] as const;
type Notice = (typeof NOTICES)[number];

export async function generateMetadata() {
  const t = await getTranslations('meta');
  return { title: { absolute: `Village · ${t('tagline')}` } };
}

export default async function IndexPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const { notice } = await searchParams;
  const known = NOTICES.find((n) => n === notice) as Notice | undefined;
  const viewer = await getViewer();
  const t = await getTranslations('notices');
  return (
    <>
      {known && (
        <p role="status" className="mb-6 rounded-xl bg-sand-100 px-4 py-3 font-semibold">
          {t(known)}
        </p>
      )}
      {viewer ? <Home viewer={viewer} /> : <Landing />}
    </>
  );
}
