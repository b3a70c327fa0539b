import Link from 'next/link';
import { SiteFooter } from '@/components/site-footer';
import { SkipLink } from '@/components/skip-link';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="mx-auto flex max-w-md items-center px-4 pt-4">
        <Link href="/" className="flex min-h-11 items-center text-xl font-bold tracking-tight text-accent-strong">
          Village
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md px-4 py-6 outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
