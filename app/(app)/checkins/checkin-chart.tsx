'use client';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { CheckinView } from '@/lib/checkins/service';

type Range = 14 | 30;
type Series = 'sleepHours' | 'mood' | 'waterGlasses';

const W = 300;
const H = 72;

function addDays(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One small bar chart a series; days without a check-in are a faint tick, not a zero. */
function Bars({ days, values, max, color, label }: { days: string[]; values: (number | null)[]; max: number; color: string; label: string }) {
  const slot = W / days.length;
  const bar = Math.max(2, slot * 0.7);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-20 w-full" preserveAspectRatio="none">
      <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} stroke="var(--color-sand-300)" strokeWidth="1" />
      {values.map((v, i) => {
        const x = i * slot + (slot - bar) / 2;
        if (v === null) return <rect key={days[i]} x={x} y={H - 3} width={bar} height={2} fill="var(--color-sand-300)" />;
        const h = Math.max(3, (Math.min(v, max) / max) * (H - 4));
        return <rect key={days[i]} x={x} y={H - h} width={bar} height={h} rx={Math.min(3, bar / 2)} fill={color} />;
      })}
    </svg>
  );
}

/** Her last 14 or 30 days of sleep, mood and water, readable at a glance on a phone; a table for screen readers. */
export function CheckinChart({ items, today }: { items: CheckinView[]; today: string }) {
  const t = useTranslations('checkins');
  const format = useFormatter();
  const [range, setRange] = useState<Range>(14);
  const byDate = new Map(items.map((c) => [c.date, c]));
  const days = Array.from({ length: range }, (_, i) => addDays(today, i - range + 1));
  const shown = days.map((d) => byDate.get(d) ?? null);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const avg = (key: Series) => {
    const xs = shown.filter((c): c is CheckinView => c !== null && c[key] !== null).map((c) => c[key] as number);
    return xs.length ? format.number(xs.reduce((a, b) => a + b, 0) / xs.length, { maximumFractionDigits: 1 }) : null;
  };
  const series: { key: Series; label: string; max: number; color: string }[] = [
    { key: 'sleepHours', label: t('sleepSeries'), max: 12, color: 'var(--color-accent)' },
    { key: 'mood', label: t('moodSeries'), max: 5, color: 'var(--color-ink)' },
    { key: 'waterGlasses', label: t('waterSeries'), max: 12, color: 'var(--color-ok)' },
  ];
  const any = shown.some(Boolean);

  return (
    <section data-testid="checkin-chart" data-range={range} aria-labelledby="chart-title" className="card space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="chart-title" className="text-lg font-semibold">
          {t('chartTitle')}
        </h2>
        <div role="group" aria-label={t('range')} className="flex gap-1 rounded-full bg-sand-100 p-1">
          {([14, 30] as const).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              onClick={() => setRange(r)}
              className="btn min-h-11 rounded-full px-4 text-sm aria-pressed:bg-accent aria-pressed:text-white"
            >
              {r === 14 ? t('range14') : t('range30')}
            </button>
          ))}
        </div>
      </div>
      <p className="text-sm text-muted">{any ? t('chartLead') : t('noData')}</p>
      {any && series.map((s) => {
        const average = avg(s.key);
        return (
          <div key={s.key}>
            <p className="flex items-baseline justify-between gap-2 text-sm font-semibold">
              <span>{s.label}</span>
              {average !== null && <span className="font-normal text-muted">{t('average', { value: average })}</span>}
            </p>
            <Bars
              days={days}
              values={shown.map((c) => (c ? (c[s.key] as number | null) : null))}
              max={s.max}
              color={s.color}
              label={`${s.label}${average !== null ? ` — ${t('average', { value: average })}` : ''}`}
            />
          </div>
        );
      })}
      {any && (
        <p aria-hidden="true" className="flex justify-between text-xs text-muted">
          <span>{day(days[0])}</span>
          <span>{day(days[days.length - 1])}</span>
        </p>
      )}
      {/* A table ignores width: 1px, so the hiding box is a div around it (else the page scrolls sideways). */}
      <div className="sr-only">
      <table>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colDay')}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <tr key={d}>
              <th scope="row">{day(d)}</th>
              {series.map((s) => (
                <td key={s.key}>{shown[i]?.[s.key] ?? t('missing')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
