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

export const BellIcon = () => (
  <svg {...base}>
    <path d="M6 9.5a6 6 0 0 1 12 0c0 4.5 1.8 6.5 1.8 6.5H4.2S6 14 6 9.5Z" />
    <path d="M10 19.5a2.2 2.2 0 0 0 4 0" />
  </svg>
);

export const MoonIcon = () => (
  <svg {...base}>
    <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
  </svg>
);

export const ChoresIcon = () => (
  <svg {...base}>
    <rect x="4" y="3.5" width="16" height="17" rx="2.5" />
    <path d="m8 9 1.5 1.5L12 8" />
    <path d="M14 9.5h3M8 15h9" />
  </svg>
);

export const GroupsIcon = () => (
  <svg {...base}>
    <path d="M3.5 5.5h11a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H9l-3.5 3v-3h-2A1.5 1.5 0 0 1 2 13V7a1.5 1.5 0 0 1 1.5-1.5Z" />
    <path d="M18.5 9h2A1.5 1.5 0 0 1 22 10.5v6a1.5 1.5 0 0 1-1.5 1.5h-2v3L15 18h-3.5" />
  </svg>
);

export const ExpertIcon = () => (
  <svg {...base}>
    <path d="M12 3.5c4.7 0 8.5 3.2 8.5 7.2s-3.8 7.2-8.5 7.2c-.9 0-1.8-.1-2.6-.3L5 20l.9-3.6c-1.5-1.3-2.4-3.3-2.4-5.7 0-4 3.8-7.2 8.5-7.2Z" />
    <path d="M10 9a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.3v.4" />
    <path d="M12 14.8v.2" />
  </svg>
);
