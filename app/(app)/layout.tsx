import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/viewer';
import { CircleIcon, ExpertIcon, GroupsIcon, HomeIcon, PersonIcon } from '@/components/icons';
import { NavLinks, type NavItem } from '@/components/nav-links';
import { OfflineBanner } from '@/components/offline-banner';
import { SiteFooter } from '@/components/site-footer';
import { SkipLink } from '@/components/skip-link';
import { EncouragementToasts } from './_live/encouragement-toasts';
import { loadShell } from './_live/load-shell';
import { NotificationBell } from './_live/notification-bell';
import { RestIndicator } from './_live/rest';
import { SupportAlerts } from './_live/support-alerts';

/**
 * The shell of the app's pages. Signed in: her sections in the header (wide screens) or at the
 * bottom (phones, within thumb reach). Signed out (landing, join links): just the way in.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  const t = await getTranslations('shell');
  const shell = viewer ? await loadShell(viewer) : null;
  const items: NavItem[] = [
    { href: '/', label: t('home'), icon: <HomeIcon /> },
    { href: '/circles', label: t('circles'), icon: <CircleIcon /> },
    { href: '/groups', label: (await getTranslations('groups'))('nav'), icon: <GroupsIcon /> },
    { href: '/questions', label: (await getTranslations('questions'))('nav'), icon: <ExpertIcon /> },
    { href: '/account', label: t('account'), icon: <PersonIcon /> },
  ];
  return (
    <>
      <SkipLink />
      <header className="border-b border-sand-200 bg-paper/95">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <Link href="/" className="flex min-h-11 items-center text-xl font-bold tracking-tight text-accent-strong">
            Village
          </Link>
          {viewer ? (
            <div className="flex items-center gap-2">
              <NotificationBell initialUnread={shell?.unreadCount ?? 0} />
              <nav aria-label={t('sections')} className="hidden sm:block">
                <NavLinks items={items.slice(0, 4)} variant="row" />
              </nav>
              <Link
                href="/account"
                className="btn max-w-44 truncate rounded-full border border-sand-300 bg-white px-3 text-sm"
                aria-label={t('accountOf', { name: viewer.name })}
              >
                <PersonIcon />
                <span className="truncate sm:max-md:hidden">{viewer.name}</span>
              </Link>
            </div>
          ) : null}
        </div>
        {shell && shell.ownedCircleIds.length > 0 && <RestIndicator circleIds={shell.ownedCircleIds} initialUntil={shell.restingUntil} />}
      </header>
      <OfflineBanner />
      {viewer && shell && <SupportAlerts viewerId={viewer.id} memberCircleIds={shell.memberCircleIds} initialRequests={shell.openRequests} />}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl px-4 py-6 outline-none">
        {children}
      </main>
      {shell && shell.ownedCircleIds.length > 0 && <EncouragementToasts ownedCircleIds={shell.ownedCircleIds} />}
      <SiteFooter withBottomNav={Boolean(viewer)} />
      {viewer && (
        <nav
          aria-label={t('sectionsPhone')}
          className="fixed inset-x-0 bottom-0 z-40 border-t border-sand-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden"
        >
          <NavLinks items={items} variant="bar" />
        </nav>
      )}
    </>
  );
}
