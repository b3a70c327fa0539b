const MOUTHS = ['M8 17 Q12 12 16 17', 'M8.5 16.5 Q12 14.5 15.5 16.5', 'M8.5 15.5 L15.5 15.5', 'M8.5 14.5 Q12 17 15.5 14.5', 'M7.5 13.5 Q12 19.5 16.5 13.5'];

/** A simple drawn face for mood 1–5 (emoji differ, or are missing, from phone to phone). Decorative: the label says it. */
export function Face({ level }: { level: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg viewBox="0 0 24 24" className="size-8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" aria-hidden="true">
      <circle cx="12" cy="12" r="10" />
      <circle cx="8.8" cy="9.5" r="1" fill="currentColor" stroke="none" />
      <circle cx="15.2" cy="9.5" r="1" fill="currentColor" stroke="none" />
      <path d={MOUTHS[level - 1]} />
    </svg>
  );
}
