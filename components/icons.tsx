// Small inline icons (no icon font to download). Decorative: the text next to them names the action.
const base = { width: 24, height: 24, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export const HomeIcon = () => (
  <svg {...base}>
    <path d="M3 10.5 12 3l9 7.5" />
    <path d="M5 9.5V20h5v-6h4v6h5V9.5" />
  </svg>
);

export const CircleIcon = () => (
  <svg {...base}>
    <circle cx="8" cy="9" r="3" />
    <circle cx="16.5" cy="9.5" r="2.5" />
    <path d="M2.5 19c.6-3 2.8-5 5.5-5s4.9 2 5.5 5" />
    <path d="M14 14.3c.8-.5 1.6-.8 2.5-.8 2.2 0 4 1.6 4.5 4.5" />
  </svg>
);

export const PersonIcon = () => (
  <svg {...base}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c.8-4 4-6.5 8-6.5s7.2 2.5 8 6.5" />
  </svg>
);

export const HeartIcon = () => (
  <svg {...base} width={32} height={32}>
    <path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.4 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10Z" />
  </svg>
);
