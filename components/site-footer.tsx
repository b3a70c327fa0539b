import { LanguageSwitch } from './language-switch';

export function SiteFooter({ withBottomNav = false }: { withBottomNav?: boolean }) {
  return (
    <footer className={`mx-auto w-full max-w-2xl px-4 pt-8 ${withBottomNav ? 'pb-24 sm:pb-8' : 'pb-8'}`}>
      <LanguageSwitch />
    </footer>
  );
}
