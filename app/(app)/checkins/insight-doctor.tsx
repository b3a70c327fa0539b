import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SafetySettings } from '@/lib/settings/input';

/**
 * The gentle "worth talking to a doctor" prompt. It names no condition and shows no numbers:
 * only that two weeks of feeling this way deserve care, and where to find it.
 */
export function InsightDoctor({ help }: { help: SafetySettings }) {
  const t = useTranslations('insight');
  const line = help.crisisLine;
  return (
    <section data-testid="insight-doctor" aria-labelledby="insight-doctor-title" className="card space-y-3 border-l-4 border-l-accent">
      <h2 id="insight-doctor-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p>{t('body')}</p>
      <h3 className="font-semibold">{t('where')}</h3>
      <ul className="space-y-2">
        <li>{t('doctor')}</li>
        <li>
          <a href={`tel:${help.emergencyNumber.replace(/[^0-9+]/g, '')}`} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
            {t('emergency', { number: help.emergencyNumber })}
          </a>
        </li>
        {line && (
          <li>
            <a href={`tel:${line.phone.replace(/[^0-9+]/g, '')}`} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {line.hours ? t('lineHours', { name: line.name, phone: line.phone, hours: line.hours }) : t('line', { name: line.name, phone: line.phone })}
            </a>
          </li>
        )}
      </ul>
      <Link href="/guides/seek-help" className="btn-secondary w-full sm:w-auto">
        {t('guide')}
      </Link>
    </section>
  );
}
