import localFont from 'next/font/local';

// display 'optional': on a slow first visit the system font stays (no late swap, no layout
// jump); the files are cached for the next page. Two families, because each file covers only part of the alphabet: the browser takes the
// Vietnamese letters (ạ, ế, ư, đ…) from the second when the first lacks them.
export const latin = localFont({
  src: [
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-latin',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  fallback: [],
});

export const vietnamese = localFont({
  src: [
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-vietnamese',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  fallback: [],
});
