'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  icon: React.ReactNode;
}

function isCurrent(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The app's sections; `variant` picks the phone bar at the bottom or the row in the header. */
export function NavLinks({ items, variant }: { items: NavItem[]; variant: 'bar' | 'row' }) {
  const pathname = usePathname();
  if (variant === 'row') {
    return (
      <ul className="flex items-center gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}
              className="btn px-2 whitespace-nowrap text-muted hover:bg-sand-50 hover:text-ink aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent-strong"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  // Five sections on a 360 px phone: a smaller label keeps each to two lines at most.
  return (
    <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}
            className={`flex h-full min-h-14 flex-col items-center justify-center gap-0.5 px-1 py-1.5 text-center leading-tight font-semibold text-muted aria-[current=page]:text-accent-strong ${
              items.length > 4 ? 'text-xs' : 'text-sm'
            }`}
          >
            {item.icon}
            <span>{item.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
