'use client';
import { useTranslations } from 'next-intl';

export interface Finding {
  start: number;
  end: number;
  kind: string;
}

const KNOWN = ['volume', 'stash', 'baby_comparison', 'comparative', 'watched_block', 'watched_hold', 'watched_flag', 'watched_censor'] as const;
type KindKey = (typeof KNOWN)[number] | 'other';

/** `watched:hold` → `watched_hold`; anything new the guard learns shows as a plain highlight. */
export function kindKey(kind: string): KindKey {
  const key = kind.replace(':', '_');
  return (KNOWN as readonly string[]).includes(key) ? (key as KindKey) : 'other';
}

// Colour and a different underline per kind, so the kinds differ without relying on colour.
const MARK_STYLE: Record<KindKey, string> = {
  volume: 'bg-accent-soft decoration-accent decoration-solid',
  stash: 'bg-accent-soft decoration-accent decoration-dashed',
  baby_comparison: 'bg-accent-soft decoration-accent decoration-dotted',
  comparative: 'bg-accent-soft decoration-accent decoration-double',
  watched_block: 'bg-danger-soft decoration-danger decoration-wavy',
  watched_hold: 'bg-danger-soft decoration-danger decoration-wavy',
  watched_flag: 'bg-danger-soft decoration-danger decoration-wavy',
  watched_censor: 'bg-danger-soft decoration-danger decoration-wavy',
  other: 'bg-accent-soft decoration-accent decoration-solid',
};

const markClass = (key: KindKey) => `rounded-sm px-0.5 text-ink underline decoration-2 underline-offset-4 ${MARK_STYLE[key]}`;

/** Findings clamped to the text, in order; empty or broken spans dropped. */
function clean(text: string, findings: Finding[]) {
  return findings
    .map((f) => ({ start: Math.max(0, Math.min(text.length, f.start)), end: Math.max(0, Math.min(text.length, f.end)), kind: f.kind }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text with every finding in a `<mark>`; overlapping findings share one mark (watched words win). */
export function HighlightedText({ text, findings, className = '' }: { text: string; findings: Finding[]; className?: string }) {
  const spans = clean(text, findings);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const parts: React.ReactNode[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const slice = text.slice(from, to);
    if (!covering.length) {
      parts.push(slice);
      continue;
    }
    const key = kindKey((covering.find((s) => s.kind.startsWith('watched:')) ?? covering[0]).kind);
    parts.push(
      <mark key={from} data-kind={key} className={markClass(key)}>
        {slice}
      </mark>,
    );
  }
  return <p className={`whitespace-pre-wrap break-words ${className}`}>{parts}</p>;
}

/** What each highlight means, with the words it covers: readable without seeing the colours. */
export function FindingsLegend({ text, findings, titleId }: { text: string; findings: Finding[]; titleId: string }) {
  const t = useTranslations('moderation');
  const spans = clean(text, findings);
  if (!spans.length) return null;
  const byKind = new Map<KindKey, string[]>();
  for (const s of spans) {
    const key = kindKey(s.kind);
    const words = byKind.get(key) ?? [];
    const phrase = text.slice(s.start, s.end);
    if (!words.includes(phrase)) words.push(phrase);
    byKind.set(key, words);
  }
  return (
    <div className="mt-3 rounded-xl bg-sand-50 px-3 py-2">
      <p id={titleId} className="text-sm font-semibold">
        {t('legendTitle')}
      </p>
      <ul aria-labelledby={titleId} className="mt-2 space-y-2 text-sm">
        {[...byKind].map(([key, words]) => (
          <li key={key} className="flex items-start gap-3">
            <mark aria-hidden="true" className={`${markClass(key)} mt-0.5 shrink-0`}>
              {t('legendSample')}
            </mark>
            <span className="min-w-0">
              <span className="block font-semibold">{t(`kinds.${key}`)}</span>
              <span className="block break-words">{words.map((w) => t('quoted', { text: w })).join(', ')}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
