/** The guides, in reading order; their text lives in the message files under `guides.items.<slug>`. */
export const GUIDE_SLUGS = ['milk-and-stress', 'food-and-water', 'rest-and-calm', 'family-help', 'seek-help'] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export function isGuideSlug(s: string): s is GuideSlug {
  return (GUIDE_SLUGS as readonly string[]).includes(s);
}
