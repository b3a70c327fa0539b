/**
 * Kind rephrasing ideas shown to the author when the comparison guard notices something.
 * Keyed by finding kind, in Vietnamese and English. Our own words.
 */
import type { FindingKind } from './guard';

export const SUGGESTIONS: Record<FindingKind, Record<'vi' | 'en', string>> = {
  volume: {
    en: "Numbers make it easy for others to measure themselves against you. Try describing how you feel rather than the amount — 'I'm worried my supply is low and I feel discouraged' invites support without comparing.",
    vi: 'Con số dễ khiến người đọc tự đem mình ra đo. Mẹ thử kể cảm giác của mình thay vì số lượng nhé — ví dụ "Em lo sữa ít và thấy nản quá" — mọi người sẽ dễ động viên mà không ai phải so sánh.',
  },
  stash: {
    en: "Talk of stashes and full freezers can weigh on mothers who are struggling. Could you share the worry or the question behind it, without the amount?",
    vi: 'Chuyện trữ sữa, tủ đông đầy có thể làm các mẹ đang ít sữa thấy nặng lòng. Mẹ thử chia sẻ điều mình đang lo hoặc câu hỏi của mình, không cần nhắc số lượng nhé.',
  },
  baby_comparison: {
    en: "Every baby grows at their own pace. Try asking about your own little one — 'She isn't rolling over yet, should I worry?' — rather than measuring against other babies.",
    vi: 'Mỗi bé lớn theo nhịp riêng. Mẹ thử hỏi về chính bé nhà mình — ví dụ "Bé nhà em chưa lật, có cần lo không ạ?" — thay vì đặt cạnh các bé khác nhé.',
  },
  comparative: {
    en: "Comparing ourselves with other mothers rarely helps anyone feel better. Try telling the group how you feel — 'I feel discouraged today' — and let them support you.",
    vi: 'So mình với các mẹ khác hiếm khi giúp ai nhẹ lòng hơn. Mẹ thử kể cảm xúc của mình — ví dụ "Hôm nay em thấy nản quá" — để mọi người cùng động viên nhé.',
  },
};

