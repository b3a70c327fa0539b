import type { MetadataRoute } from 'next';

// One manifest for both languages: the description says it in Vietnamese, then in English.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Village',
    short_name: 'Village',
    description: 'Gia đình chia việc để mẹ được nghỉ ngơi · Your family takes the chores so you can rest',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#fbf8f3',
    theme_color: '#fbf8f3',
    categories: ['health', 'lifestyle'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
