import { SectionMessages } from '@/components/section-messages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <SectionMessages namespaces={['moderation']}>{children}</SectionMessages>;
}
