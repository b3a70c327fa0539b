import type { Recurrence } from '@/db/schema/chores';
import type { ChoreCategory } from './input';

/**
 * Ready-made chores that follow the article's advice, in both languages, one tap to add.
 * Wording is ours; the facts (small meals five or six times a day, water within reach at each
 * feed, a 4–5 hour sleep block, warm soups that support milk) come from the article.
 */
export interface ChoreTemplate {
  key: string;
  category: ChoreCategory;
  effort: 1 | 2 | 3;
  restMinutes: number;
  visitMinutes?: number;
  recurrence?: Recurrence;
  /** Local time of day the first occurrence is due, if any. */
  dueTime?: string;
  title: { vi: string; en: string };
  notes: { vi: string; en: string };
}

export const CHORE_TEMPLATES: readonly ChoreTemplate[] = [
  {
    key: 'small-meal',
    category: 'meals',
    effort: 1,
    restMinutes: 15,
    recurrence: { kind: 'hours', every: 3 },
    title: { vi: 'Mang cho mẹ một bữa nhỏ', en: 'Bring her a small meal' },
    notes: {
      vi: 'Mẹ cho con bú nên cần ăn 5–6 bữa nhỏ mỗi ngày. Một bát cháo, ít trái cây hay sữa chua đều tốt.',
      en: 'Breastfeeding needs five or six small meals a day. Porridge, some fruit or a yoghurt all count.',
    },
  },
  {
    key: 'water-at-feed',
    category: 'water_snacks',
    effort: 1,
    restMinutes: 5,
    recurrence: { kind: 'hours', every: 3 },
    title: { vi: 'Để sẵn cốc nước ấm cạnh chỗ mẹ cho bú', en: 'A glass of water within reach at the feed' },
    notes: {
      vi: 'Mỗi cữ bú, đặt một cốc nước ấm trong tầm tay mẹ. Mẹ nên uống khoảng 2–2,5 lít mỗi ngày.',
      en: 'Before each feed, put a warm glass of water where she can reach it. She needs about 2–2.5 litres a day.',
    },
  },
  {
    key: 'night-shift',
    category: 'night_shift',
    effort: 3,
    restMinutes: 270,
    // Due when the night ends: the claim holds through the night, then lapses if undone.
    recurrence: { kind: 'daily', time: '06:00' },
    dueTime: '06:00',
    title: { vi: 'Trực đêm để mẹ ngủ một giấc 4–5 tiếng', en: 'Night shift so she sleeps a 4–5 hour stretch' },
    notes: {
      vi: 'Bế, ru và thay tã cho bé để mẹ ngủ liền một mạch. Nếu bé bú sữa mẹ đã vắt, hãy cho bé bú bình.',
      en: 'Settle, rock and change the baby so she sleeps without a break. Give expressed milk by bottle if the baby needs a feed.',
    },
  },
  {
    key: 'warm-soup',
    category: 'meals',
    effort: 2,
    restMinutes: 30,
    recurrence: { kind: 'daily', time: '11:00' },
    dueTime: '11:00',
    title: { vi: 'Nấu một món canh ấm cho mẹ', en: 'Cook her a warm soup' },
    notes: {
      vi: 'Canh cá, canh móng giò hầm đu đủ xanh hay cháo chân giò là những món quen thuộc giúp mẹ có thêm sữa.',
      en: 'Fish soup, pork-trotter and green-papaya soup, or pork-trotter porridge are familiar dishes that support her milk.',
    },
  },
  {
    key: 'hold-baby-nap',
    category: 'baby_care',
    effort: 2,
    restMinutes: 60,
    recurrence: { kind: 'daily', time: '13:00' },
    dueTime: '13:00',
    title: { vi: 'Bế bé để mẹ ngủ trưa', en: 'Hold the baby while she naps' },
    notes: {
      vi: 'Đưa bé sang phòng khác khoảng một tiếng để mẹ ngủ trưa thật yên.',
      en: 'Take the baby to another room for about an hour so her nap is truly quiet.',
    },
  },
  {
    key: 'laundry',
    category: 'laundry',
    effort: 2,
    restMinutes: 30,
    recurrence: { kind: 'daily', time: '17:00' },
    dueTime: '17:00',
    title: { vi: 'Giặt và phơi quần áo của mẹ và bé', en: "Wash and hang the baby's and her clothes" },
    notes: { vi: 'Gấp gọn và cất vào chỗ mẹ dễ lấy.', en: 'Fold them and put them where she can reach them easily.' },
  },
  {
    key: 'cleaning',
    category: 'cleaning',
    effort: 2,
    restMinutes: 30,
    title: { vi: 'Dọn dẹp nhà cửa', en: 'Tidy and clean the house' },
    notes: { vi: 'Rửa bát, lau nhà, đổ rác — mẹ không cần nghĩ đến việc nhà.', en: 'Dishes, floors, bins — so housework is off her mind.' },
  },
  {
    key: 'errands',
    category: 'errands',
    effort: 2,
    restMinutes: 30,
    title: { vi: 'Đi chợ, mua tã và đồ cần thiết', en: 'Shopping: groceries, nappies, what she needs' },
    notes: { vi: 'Hỏi mẹ cần gì rồi tự đi mua, không để mẹ phải ra ngoài.', en: 'Ask what she needs and go yourself, so she does not have to.' },
  },
  {
    key: 'visit-drop-off',
    category: 'visit',
    effort: 1,
    restMinutes: 0,
    visitMinutes: 20,
    title: { vi: 'Ghé thăm ngắn: mang đồ ăn đến', en: 'Short visit: drop off food' },
    notes: {
      vi: 'Mang đồ ăn đến, hỏi thăm vài câu rồi về — đừng ở lâu, để mẹ còn nghỉ.',
      en: "Bring food, say hello and go — don't stay long, so she can rest.",
    },
  },
];

export function findTemplate(key: string): ChoreTemplate | undefined {
  return CHORE_TEMPLATES.find((t) => t.key === key);
}

/** Sleep or rest a done chore of each kind buys her, when the creator gave none. */
export const DEFAULT_REST_MINUTES: Record<ChoreCategory, number> = {
  meals: 15,
  water_snacks: 5,
  baby_care: 60,
  night_shift: 240,
  laundry: 30,
  cleaning: 30,
  errands: 30,
  visit: 0,
  other: 15,
};
