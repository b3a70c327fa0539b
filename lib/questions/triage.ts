/**
 * Urgent-question triage for the expert Q&A: before a mother's question is saved, decide whether it
 * shows red-flag signs, so it is saved `urgent: true`, shows "get care now" guidance at once and
 * jumps the experts' queue. Pure, synchronous, no I/O: runs on the server, in the browser, in tests
 * and scripts. Vietnamese and English, with or without diacritics.
 *
 * The aim is that no red flag waits in a queue: recall comes first, false alarms are tolerated up
 * to ~10% (an expert sees an urgent question sooner; nothing is hidden from anyone).
 *
 * Accents. Patterns are written in lower-case accented Vietnamese (or plain English) and run on
 * the canonical (lower-case NFC) text. Each accented pattern letter accepts that letter with any
 * SUBSET of its marks ("sữa" accepts "sữa", "sưa", "sũa", "sua"), and a letter typed with a mark
 * the pattern lacks never matches (`lib/text/accents.ts`, shared with guard.ts). So "từ từ" (slowly)
 * never matches "tự tử", "màu" (colour) never matches "máu" (blood), while "tu tu" / "mau", typed
 * bare, match both and need context (below).
 *
 * Judgement calls (each has cases in tests/fixtures/triage-cases.json):
 * - mastitis: a fever sign (sốt, ớn lạnh, rét run, chills, a temperature >= 37.5 °C / 99.5 °F,
 *   flu-like aches) attributed to the mother or to nobody in particular, together with a breast
 *   sign (red, hot, hard, painful, swollen breast, lump, blocked duct) anywhere in the question. Pus
 *   or an abscess counts on its own; so does "I have mastitis" (not "how to prevent mastitis").
 *   Breast pain without fever is an ordinary latch question. A fever the mother denies ("không
 *   sốt", "no fever"), "sốt ruột/sốt sắng" (impatient/eager), "sốt cà chua" (sauce), "thuốc hạ
 *   sốt" (the medicine), "sót" (left over) and hypotheticals ("nếu bé sốt…", "what counts as a
 *   fever", "theo dõi sốt") are not fever. Shaking, "run lên từng cơn", freezing under a blanket,
 *   body aches, "feel awful" count as flu-like signs for mastitis only (with a breast sign), never
 *   as a baby's fever. A mother's fever with no breast sign (a cold) is not flagged.
 * Limits: this is phrase matching. It is tuned to 100% recall on the labelled set, but fresh
 * paraphrases (euphemisms for self-harm above all) can slip through; each held-out batch written
 * after tuning has found new ones. Keep adding real misses to tests/fixtures/triage-cases.json.
 * - baby_fever: a fever attributed to the baby is urgent when the baby is under 3 months or the
 *   age is not stated (this app serves the first months), or the fever is high (>= 39 °C,
 *   "sốt cao", "high fever"). A baby of 3 months or more with a mild fever and no other sign waits
 *   in the queue.
 * - baby_dehydration: few wet nappies (a count of 4 or fewer, "ít tã ướt", "no wet nappy since"),
 *   no pee for hours, dark urine / urate crystals, sunken fontanelle, no tears, dry mouth.
 *   "Pees a lot", "8 wet nappies", "how many wet nappies…" are not flagged.
 * - baby_lethargy: a very unwell baby — hard to wake, li bì, lừ đừ, limp, too weak or sleepy to
 *   feed, "bỏ bú" (stopped feeding; "bỏ bú mẹ/bình" = prefers one way of feeding is not), weak cry,
 *   convulsions, turning blue, struggling to breathe, and jaundice that is spreading or getting
 *   worse or comes with sleepiness / poor feeding. A sleepy newborn who wakes to feed is not.
 * - bleeding: the mother bleeding heavily (ra máu nhiều, băng huyết, clots, soaking a pad an hour,
 *   gushing lochia), blood in the baby's stool or vomit. A little blood in breast milk or from a
 *   cracked nipple is common and not flagged on its own; "nhóm máu", "xét nghiệm máu", "thiếu
 *   máu", a period returning ("ra máu ít") are not bleeding.
 * - self_harm / harm_baby: any sign of thoughts of self-harm, of harming the baby, or of the family
 *   being better off without her. Vietnamese hyperbole is common and is NOT flagged on its own:
 *   "mệt/đói/buồn ngủ/xấu hổ/lo/cười… muốn chết", "chết mất", "chết đi được"; nor English "dying
 *   for a coffee", "my back is killing me", "I'll die of tiredness". An emotion word before "muốn
 *   chết" ("buồn muốn chết") IS flagged, as is "I'm so tired I want to die" and "I can't go on".
 *   An explicit denial ("I'm not suicidal, just tired", "không có ý nghĩ tự tử") is not flagged
 *   unless followed by "but/nhưng". Bare "tu tu" (tự tử or từ từ) counts only after an intent word
 *   ("muốn", "nghĩ đến", "định", "chuyện"…) and not before a verb or adverb that makes it "slowly"
 *   ("muốn tu tu cai sữa", "bú tu tu hơn"). Fear of hurting the baby during a care task ("when I
 *   cut his nails", "khi tắm") or of an accident (dropping, rolling on her) is not harm_baby.
 */
import { canonical } from '../moderation/normalize';
import { expandAccents } from '../text/accents';

export const TRIAGE_SIGNS = ['mastitis', 'baby_dehydration', 'baby_lethargy', 'baby_fever', 'bleeding', 'self_harm', 'harm_baby'] as const;
export type TriageSign = (typeof TRIAGE_SIGNS)[number];
export interface TriageResult {
  urgent: boolean;
  signs: TriageSign[];
  /** self_harm or harm_baby present: the crisis line comes first. */
  selfHarm: boolean;
}

// ---------------------------------------------------------------------------------------------
// Pattern compilation (accent subsets: lib/text/accents.ts, shared with guard.ts)

const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const A = '(?![\\p{L}\\p{M}\\p{N}])';

/** Whole-word pattern (word boundaries on both sides), accent-expanded. */
function P(src: string, global = false): RegExp {
  return new RegExp(`${B}(?:${expandAccents(src)})${A}`, global ? 'gu' : 'u');
}
/** Pattern anchored at the END of the string (for "what comes just before a match"). */
function Pend(src: string): RegExp {
  return new RegExp(`${B}(?:${expandAccents(src)})\\s*$`, 'u');
}
/** Pattern anchored at the START of the string (for "what comes just after a match"). */
function Pstart(src: string): RegExp {
  return new RegExp(`^\\s*(?:${expandAccents(src)})${A}`, 'u');
}

function anyMatch(res: RegExp[], s: string): boolean {
  return res.some((r) => r.test(s));
}

/** Sentences: split at . ! ? … ; and newlines (a title is its own sentence). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

/** Numbers as digits or words; "rưỡi"/"and a half" handled by the age parser. */
const NUM_WORDS: Record<string, number> = {
  một: 1, mot: 1, hai: 2, ba: 3, bốn: 4, bon: 4, tư: 4, năm: 5, nam: 5, sáu: 6, sau: 6, bảy: 7, bay: 7,
  tám: 8, tam: 8, chín: 9, chin: 9, mười: 10, muoi: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const NUM = String.raw`\d+(?:[.,]\d+)?|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;

function numValue(s: string): number {
  const d = Number(s.replace(',', '.'));
  if (Number.isFinite(d)) return d;
  return NUM_WORDS[s] ?? NaN;
}

// ---------------------------------------------------------------------------------------------
// Fever

/** Fever words. "sốt" deliberately excludes "sót" (left over): s + ố/ô/o + t only. */
const FEVER_WORD = P(
  String.raw`s(?:\u1ed1|\u00f4|o)t|ớn\s+lạnh|rét\s+run|run\s+rét|lạnh\s+run|rùng\s+mình|run\s+người|người\s+(?:\p{L}+\s+)?nóng\s+(?:ran|rực|bừng|hầm\s+hập|hập|hổi)|nóng\s+(?:hầm\s+)?hập|sờ\s+(?:trán|người)\s+(?:\p{L}+\s+){0,2}?nóng|cảm\s+cúm|như\s+(?:bị\s+)?cúm|đau\s+nhức\s+(?:toàn\s+thân|khắp\s+người|cả\s+người|người|mình\s+mẩy)|mình\s+mẩy\s+đau\s+nhức` +
    String.raw`|fever(?:ish|s)?|febrile|temp(?:erature)?\s+(?:is\s+)?(?:high|up|spik\w+)|high\s+temp(?:erature)?|(?:a|running|run|runs|ran)\s+(?:a\s+)?(?:high\s+|slight\s+)?temp(?:erature)?(?!\s+(?:of\s+(?:the|her|his|my)\s+)?(?:milk|water|bath|room))|chills?|chilly|shiver(?:s|y|ing|ed)?|shaking\s+with\s+cold|rigou?rs|flu[-\s]?like|(?:have|got|getting|had|with|like)\s+(?:the\s+)?flu|ach(?:y|ing)\s+all\s+over|body\s+aches|burning\s+up|(?:feels?|felt|feeling)\s+(?:\w+\s+)?hot(?!\s+(?:to\s+touch|and\s+(?:red|swollen|hard|sore)))`,
  true,
);
/**
 * Feeling unwell in the body (shaking, freezing under a blanket, aches, "feel awful"): with a
 * breast sign these are the flu-like signs of mastitis. Never a baby fever on their own.
 */
const MALAISE = P(
  String.raw`run\s+(?:lên|cầm\s+cập|bần\s+bật|lẩy\s+bẩy|từng\s+cơn|rẩy|như\s+cầy\s+sấy)|người\s+(?:\p{L}+\s+){0,2}?run(?:\s+run)?|(?:đắp|trùm|quấn)\s+(?:\p{L}+\s+){0,2}?chăn\s+(?:\p{L}+\s+){0,2}?lạnh|lạnh\s+(?:toát|run|buốt)|ốm\s+(?:lả|liệt|nặng)|người\s+(?:\p{L}+\s+)?ốm|mệt\s+(?:rã\s+rời|lả|lử)|hâm\s+hấp|gai\s+(?:gai\s+)?(?:rét|lạnh)|ê\s+ẩm\s+(?:người|toàn\s+thân|khắp)|đau\s+mỏi\s+(?:người|toàn\s+thân)` +
    String.raw`|shaking|shaky|the\s+shakes|teeth\s+(?:are\s+)?chattering|freezing|cold\s+sweats?|feel(?:ing|s)?\s+(?:\w+\s+)?(?:awful|terrible|unwell|rough|ill|sick|horrible|like\s+death|run\s+down|wiped\s+out|achy|rubbish|like\s+i've\s+been\s+hit)(?!\s+(?:that|about|for|because|when|guilty|as\s+a))|body\s+aches?|aching\s+(?:all\s+over|everywhere|joints)`,
  true,
);
/** A temperature: decimals 37.5–42.9 anywhere; whole degrees with a unit; °F with a unit or after "temp". */
const TEMP_C_DEC = /(?<![\d.,])(3[7-9]|4[0-2])[.,](\d)(?![\d])\s*(?:°\s*c?|độ|do(?![\p{L}])|c(?![\p{L}]))?/gu;
const TEMP_C_INT = /(?<![\d.,])(3[7-9]|4[0-2])\s*(?:°\s*c?|độ|do(?![\p{L}])|c(?![\p{L}]))/gu;
const TEMP_F = /(?<![\d.,])(99|10[0-6])(?:[.,](\d))?\s*(?:°\s*f?|f(?![\p{L}])|degrees)/gu;
const TEMP_AFTER_WORD = P(
  String.raw`(?:temp(?:erature)?|thermometer|nhiệt\s+độ|nhiệt\s+kế|đo|cặp\s+nhiệt|sốt|fever)\s+(?:[\p{L}']+\s+){0,3}?(?:of\s+|is\s+|was\s+|says\s+|at\s+|read\s+|được\s+|lên\s+|là\s+)?(?:99|10[0-6]|3[7-9]|4[0-2])(?:[.,]\d)?`,
  true,
);

/** Right before "sốt" / "fever": it is a denial, a medicine, a hypothetical… */
const FEVER_NOT_BEFORE = [
  Pend(String.raw`hạ|nước|nóng|bánh|bỏ|thiếu|cơn\s+sốt\s+và|(?:không|ko|k|chưa|chẳng|chả|hết|hết\s+bị|không\s+hề|cũng\s+không|không\s+thấy|chưa\s+thấy)(?:\s+(?:bị|có|thấy|hề))?`),
  Pend(String.raw`theo\s+dõi|đề\s+phòng|phòng|ngừa|tránh|gây|bị\s+sốt\s+hay|watch(?:ing)?\s+(?:out\s+)?for|monitor(?:ing)?\s+(?:\w+\s+)?for|look(?:ing)?\s+out\s+for|check(?:ing)?\s+for|signs?\s+of(?:\s+a)?|chance\s+of(?:\s+a)?|risk\s+of(?:\s+a)?|causes?(?:\s+a)?|cause\s+(?:a|any)`),
  Pend(String.raw`no|not|without|(?:hasn't|hasnt|has\s+not|doesn't|doesnt|does\s+not|don't|dont|didn't|haven't|never)\s+(?:had|have|got|run|ran|shown|been)?(?:\s+(?:a|any))?|no\s+sign\s+of(?:\s+a)?|fever[-\s]free`),
];
const FEVER_NOT_AFTER = [
  Pstart(String.raw`ruột|sắng|cà|vang|me|mayo\w*|mayonnaise|bơ|tiêu|nấm|kem|chua|dầu|thái|phô\s+mai|bò|trứng|mắm|xì\s+dầu|tương|cay|lại|sữa|reducer|reducers|medicine|meds|free`),
];
/** Earlier in the sentence: the fever is hypothetical or a general question. */
const HYPOTHETICAL = P(
  String.raw`nếu|lỡ|phòng\s+khi|khi\s+nào\s+thì|bao\s+nhiêu\s+độ\s+(?:thì|là)|thế\s+nào\s+là|dấu\s+hiệu|if|in\s+case|what\s+(?:temperature|temp|counts)|counts?\s+as|how\s+(?:do|can)\s+(?:i|you)\s+(?:tell|know)|when\s+(?:should|to)|prevent\w*|phòng\s+ngừa|phòng\s+tránh|tránh`,
);

const HIGH_FEVER = P(String.raw`sốt\s+cao|sốt\s+rất\s+cao|high\s+(?:fever|temp(?:erature)?)|burning\s+up|very\s+high`);

// Subjects, for attributing a fever to the mother or the baby.
const BABY_SUBJECT = P(
  String.raw`em\s+bé|(?<!cho\s)bé|(?<!(?:cho|nuôi|bế|có)\s)con|cháu|trẻ|baby|babys|babies|newborn|infant|son|daughter|he|she|him|his|her|lo|little\s+one|(?:day|week|wk|month|mo)s?[-\s]old|ngày\s+tuổi|tuần\s+tuổi|tháng\s+tuổi`,
  true,
);
const MOTHER_SUBJECT = P(
  String.raw`(?<!(?:con|bé|cháu|nhà|của|cho|với)\s)(?:em|mình|tôi|tớ|mẹ)(?!\s+bé)|i|i'm|im|i've|ive|me|myself|my(?!\s+(?:baby|babys|son|daughter|newborn|lo|little|infant|boy|girl|\d|one|two|three|four|five|six|seven|eight|nine|ten|twins?))`,
  true,
);

type Subject = 'baby' | 'mother' | 'unknown';

function lastMatchBefore(re: RegExp, s: string, end: number): number {
  re.lastIndex = 0;
  let best = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && m.index < end) {
    best = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}
function firstMatchAfter(re: RegExp, s: string, start: number): number {
  re.lastIndex = start;
  const m = re.exec(s);
  return m ? m.index : -1;
}

function subjectAt(s: string, index: number, end: number): Subject {
  const b = lastMatchBefore(BABY_SUBJECT, s, index);
  const mo = lastMatchBefore(MOTHER_SUBJECT, s, index);
  if (b >= 0 || mo >= 0) return b > mo ? 'baby' : 'mother';
  const b2 = firstMatchAfter(BABY_SUBJECT, s, end);
  const m2 = firstMatchAfter(MOTHER_SUBJECT, s, end);
  if (b2 >= 0 || m2 >= 0) {
    if (m2 < 0) return 'baby';
    if (b2 < 0) return 'mother';
    return b2 < m2 ? 'baby' : 'mother';
  }
  return 'unknown';
}

interface FeverMention {
  subject: Subject;
  high: boolean;
  /** Only a feeling of being unwell: counts towards mastitis, never as a baby's fever. */
  weak?: boolean;
}

function feverMentions(sents: string[]): FeverMention[] {
  const out: FeverMention[] = [];
  for (const s of sents) {
    const found: Array<{ index: number; end: number; value?: number }> = [];
    FEVER_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FEVER_WORD.exec(s))) {
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[0].length);
      if (/^s.t$/u.test(m[0]) || /^fever/u.test(m[0])) {
        if (anyMatch(FEVER_NOT_BEFORE, before) || anyMatch(FEVER_NOT_AFTER, after)) continue;
      }
      found.push({ index: m.index, end: m.index + m[0].length });
    }
    for (const re of [TEMP_C_DEC, TEMP_C_INT]) {
      re.lastIndex = 0;
      while ((m = re.exec(s))) {
        const v = Number(`${m[1]}.${m[2] && re === TEMP_C_DEC ? m[2] : '0'}`);
        if (v >= 37.5) found.push({ index: m.index, end: m.index + m[0].length, value: v });
      }
    }
    TEMP_F.lastIndex = 0;
    while ((m = TEMP_F.exec(s))) {
      const f = Number(`${m[1]}.${m[2] ?? '0'}`);
      if (f >= 99.5) found.push({ index: m.index, end: m.index + m[0].length, value: ((f - 32) * 5) / 9 });
    }
    TEMP_AFTER_WORD.lastIndex = 0;
    while ((m = TEMP_AFTER_WORD.exec(s))) {
      const num = /(\d+(?:[.,]\d)?)$/u.exec(m[0]);
      if (!num) continue;
      let v = Number(num[1].replace(',', '.'));
      if (v > 60) v = ((v - 32) * 5) / 9;
      if (v >= 37.5) found.push({ index: m.index, end: m.index + m[0].length, value: v });
    }
    MALAISE.lastIndex = 0;
    while ((m = MALAISE.exec(s))) {
      out.push({ subject: subjectAt(s, m.index, m.index + m[0].length), high: false, weak: true });
    }
    for (const f of found) {
      // A hypothetical or general question earlier in the sentence ("nếu bé sốt", "what counts as a fever").
      if (HYPOTHETICAL.test(s.slice(0, f.index))) continue;
      const high = (f.value !== undefined && f.value >= 39) || HIGH_FEVER.test(s);
      out.push({ subject: subjectAt(s, f.index, f.end), high });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Breast signs (mastitis)

const BREAST = String.raw`ngực|vú|bầu\s+ngực|bầu\s+vú|đầu\s+ti|đầu\s+vú|núm\s+vú|ti|breasts?|boobs?|nipples?|duct`;
const BREAST_SIGN = String.raw`sưng|đỏ|nóng(?!\s+(?:ruột|trong))|cứng|đau|nhức|cục|khối|u|tắc|căng|viêm|tấy|rát|cương|red|redness|hot|hard|painful|pain|sore|lump|lumps|swollen|swelling|tender|engorged|blocked|clogged|plugged|wedge|inflamed|burning|streaks?|patch`;
const BREAST_WORD = P(BREAST);
const BREAST_SIGN_RE = [
  P(String.raw`(?:${BREAST})(?:\s+[\p{L}\d']+){0,6}?\s+(?:${BREAST_SIGN})`),
  P(String.raw`(?:${BREAST_SIGN})(?:\s+[\p{L}\d']+){0,5}?\s+(?:${BREAST})`),
  P(String.raw`tắc\s+(?:tia\s+)?sữa|tắc\s+tuyến\s+sữa|blocked\s+duct|clogged\s+duct|plugged\s+duct`),
];
/** Named on its own: pus or an abscess counts without a fever. */
const BREAST_ABSCESS = P(
  String.raw`áp\s+xe|abscess\w*|(?:chảy|có|ra)\s+mủ|mủ\s+(?:ở|từ|chảy)|pus`,
);
const PAST = P(String.raw`last\s+(?:week|month|year|time)|ago|previously|in\s+the\s+past|cleared|went\s+away|had\s+mastitis|từng|trước\s+đây|tháng\s+trước|tuần\s+trước|năm\s+trước|lần\s+trước|hồi\s+trước|đã\s+khỏi|khỏi\s+rồi`);
const PRESENT = P(String.raw`again|now|currently|today|tonight|still|this\s+(?:morning|evening|afternoon)|lại\s+bị|bị\s+lại|tái\s+phát|đang|giờ|hôm\s+nay|bây\s+giờ|vẫn`);
const MASTITIS_WORD = P(String.raw`viêm\s+(?:tuyến\s+)?vú|mastitis`, true);

function hasBreastSign(sents: string[]): boolean {
  return sents.some((s) => anyMatch(BREAST_SIGN_RE, s));
}

function mastitisNamed(sents: string[]): boolean {
  // "I had mastitis last month, it cleared": a past episode, unless something says it is back now.
  const all = sents.join('\n');
  if (PAST.test(all) && !PRESENT.test(all)) return false;
  for (const s of sents) {
    MASTITIS_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MASTITIS_WORD.exec(s))) {
      if (!HYPOTHETICAL.test(s.slice(0, m.index))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Baby's age (for a fever)

const AGE_RES = [
  // "bé 6 tuần", "con em 2 tháng", "bé nhà em mới 10 ngày", "cháu 2 tháng tuổi"
  P(
    String.raw`(?:bé|con|cháu|em\s+bé)(?:\s+(?:nhà\s+)?(?:em|mình|tôi|tớ|chị))?(?:\s+(?:được|mới|mới\s+được|đã|tròn|hơn|gần|chỉ|khoảng|mới\s+sinh\s+được|sinh\s+được))?\s+(${NUM})\s*(ngày|tuần|tháng)(\s+rưỡi)?`,
    true,
  ),
  P(String.raw`(${NUM})\s*(ngày|tuần|tháng)(\s+rưỡi)?\s+tuổi`, true),
  P(String.raw`(?:sinh|đẻ|sinh\s+mổ|sinh\s+thường)\s+(?:được\s+)?(${NUM})\s*(ngày|tuần|tháng)(\s+rưỡi)?`, true),
  P(String.raw`sau\s+sinh\s+(?:được\s+)?(${NUM})\s*(ngày|tuần|tháng)(\s+rưỡi)?`, true),
  P(String.raw`(${NUM})(?:\s+and\s+a\s+half)?\s*-?\s*(days?|d|weeks?|wks?|w|months?|mos?|mths?|m)(\s+and\s+a\s+half)?\s*-?\s*old`, true),
  P(String.raw`(?:he|she|baby|lo|son|daughter|newborn|infant)(?:'s|\s+is|\s+turned|\s+just\s+turned)?\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(${NUM})\s*(days?|weeks?|wks?|months?|mos?)(\s+and\s+a\s+half)?`, true),
  P(String.raw`\(\s*(${NUM})\s*(days?|d|weeks?|wks?|w|months?|mos?|m)(\s+and\s+a\s+half)?\s*\)`, true),
  P(String.raw`(${NUM})\s*(days?|weeks?|months?)\s+(?:postpartum|pp|post\s+partum|after\s+(?:giving\s+)?birth)`, true),
];
const NEWBORN = P(String.raw`sơ\s+sinh|mới\s+sinh|mới\s+đẻ|newborn|neonat\w*|new\s+born`);

/** Every stated age of the baby, in days; and whether "newborn" is said. */
function babyAges(text: string): { days: number[]; newborn: boolean } {
  const days: number[] = [];
  for (const re of AGE_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const n = numValue(m[1]) + (m[3] ? 0.5 : 0);
      const unit = m[2];
      if (!Number.isFinite(n)) continue;
      let d: number;
      if (/^(?:ngày|ngay|day|days|d)$/u.test(unit)) d = n;
      else if (/^(?:tuần|tuan|tuân|tuàn|week|weeks|wk|wks|w)$/u.test(unit)) {
        if (n >= 24) continue; // weeks of pregnancy ("sinh lúc 38 tuần"), not the baby's age
        d = n * 7;
      } else d = n * 30.4;
      days.push(d);
    }
  }
  return { days, newborn: NEWBORN.test(text) };
}

// ---------------------------------------------------------------------------------------------
// Baby: dehydration, lethargy

const FEW_WET_COUNT = P(
  String.raw`(${NUM})\s+(?:cái\s+)?(?:tã|bỉm|bim)\s+(?:ướt|tè)|(?:chỉ|mới|có\s+mỗi)\s+(?:\p{L}+\s+){0,3}?(${NUM})\s+(?:cái\s+)?(?:tã|bỉm)|(${NUM})\s+(?:wet|damp|soaked|heavy)\s+(?:diapers?|nappies|nappys?)|(${NUM})\s+(?:pees?|wees?)\s+(?:a|per|today|since|in)`,
  true,
);
const DEHYDRATION = [
  P(String.raw`(?:không|ko|k|chưa|chẳng|chả)\s+(?:hề\s+|thấy\s+)?(?:đi\s+)?(?:tiểu|tè|đái)(?!\s+(?:nhiều|đêm|dầm))`),
  P(String.raw`(?:tã|bỉm)\s+(?:vẫn\s+)?khô(?:\s+(?:cong|ráo|queo|từ|cả|suốt|mấy|nhiều|hơn|đã|\d))?`),
  P(String.raw`nước\s+tiểu\s+(?:\p{L}+\s+){0,2}?(?:sẫm|đậm|sậm|cam|nâu|đỏ|hồng|ít)|gạch\s+cua|tinh\s+thể\s+urat|urat|vệt\s+(?:màu\s+)?(?:cam|hồng|đỏ\s+gạch)`),
  P(String.raw`thóp\s+(?:\p{L}+\s+){0,3}?(?:lõm|trũng|sụp)|lõm\s+thóp|mắt\s+trũng`),
  P(String.raw`khóc\s+không\s+(?:có|ra)\s+nước\s+mắt`),
  P(String.raw`(?:few|fewer|less|not\s+many|not\s+enough|hardly\s+any|barely\s+any|no)\s+wet\s+(?:diapers?|nappies|nappys?|ones)|(?:no|not\s+a\s+single|not\s+one)\s+wet|(?:diapers?|nappies|nappy)\s+(?:has\s+|have\s+)?(?:been\s+)?(?:dry|bone\s+dry)|dry\s+(?:diapers?|nappies|nappy)(?!\s+(?:rash|area|change|cream))`),
  P(String.raw`(?:hasn't|hasnt|has\s+not|hadn't|didn't|did\s+not|hasn't\s+had\s+a|not)\s+(?:\w+\s+)?(?:peed|weed|pee|wee|urinated|peeing|weeing)|no\s+(?:pee|wee|urine|peeing)\s+(?:since|for|in|all)|barely\s+(?:peeing|weeing)|stopped\s+(?:peeing|weeing)`),
  P(String.raw`dark\s+(?:yellow\s+|orange\s+|brown\s+)?(?:pee|wee|urine)|(?:pee|wee|urine)\s+(?:is\s+|looks\s+|was\s+)?(?:very\s+|really\s+)?(?:dark|orange|brown)|(?:orange|pink|red|brick)(?:[-\s]+(?:red|coloured|colored))?\s+(?:crystals|dust|stains?|powder)|urates?`),
  P(String.raw`sunken\s+(?:soft\s+spot|fontanel\w*|eyes)|(?:soft\s+spot|fontanel\w*)\s+(?:\w+\s+){0,2}?sunken|no\s+tears|without\s+tears`),
];
/** "Pees less": not when it is about the night, which is normal. */
const FEW_PEE = P(String.raw`ít\s+(?:tã|bỉm)\s+ướt|(?:tã|bỉm)\s+ướt\s+ít|ít\s+(?:đi\s+)?(?:tiểu|tè|đái)|(?:tiểu|tè|đái)\s+(?:rất\s+|quá\s+)?ít(?!\s+nhất)`);
const NIGHT = P(String.raw`ban\s+đêm|về\s+đêm|vào\s+đêm|đêm\s+(?:thì|lại)|at\s+night|overnight`);
/** Dry mouth or lips only count about the baby. */
const DRY_MOUTH = P(String.raw`môi\s+khô|khô\s+môi|miệng\s+khô|khô\s+miệng|dry\s+(?:mouth|lips)|(?:mouth|lips)\s+(?:\w+\s+)?(?:seems?\s+|looks?\s+|is\s+|are\s+)?dry`);

const LETHARGY = [
  P(String.raw`li\s+bì|lừ\s+đừ|lờ\s+đờ|mê\s+man|ngủ\s+mê\s+mệt|lả\s+đi|mệt\s+lả|lả\s+người|mềm\s+nhũn|người\s+mềm|mềm\s+oặt|không\s+phản\s+ứng|lịm\s+đi|ngất`),
  P(String.raw`khó\s+(?:đánh\s+thức|gọi\s+dậy|dậy)|(?:không|ko|chẳng)\s+(?:thể\s+)?đánh\s+thức(?:\s+(?:bé|con|cháu))?\s+(?:được|dậy)|đánh\s+thức\s+(?:\p{L}+\s+){0,2}?(?:không|chẳng)\s+(?:được|dậy|tỉnh)|(?:gọi|lay|vỗ|đánh\s+thức)\s+(?:\p{L}+\s+){0,3}?(?:không|chẳng)\s+(?:chịu\s+)?(?:dậy|tỉnh|thức)`),
  P(String.raw`bỏ\s+bú(?!\s+(?:mẹ|bình|ti|đêm|sữa\s+công\s+thức|cữ|tu\s+ti))|bỏ\s+ăn\s+bỏ\s+bú|(?:yếu|mệt|lả)\s+(?:quá\s+|lắm\s+)?(?:không|chẳng)\s+(?:bú|mút)|(?:không|chẳng)\s+(?:còn\s+)?(?:sức|mút)\s+(?:bú|được|nổi)|bú\s+không\s+(?:nổi|mút)|(?:không|chẳng)\s+mút|ngủ\s+(?:suốt|cả\s+ngày|li\s+bì|mê\s+man|mãi|liền\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:không|chẳng|chưa)\s+(?:chịu\s+)?(?:dậy|thức|bú)`),
  P(String.raw`(?:không|chưa|chẳng|ko|k)\s+(?:chịu\s+|thèm\s+)?(?:dậy|thức|tỉnh)(?:\s+dậy)?\s+(?:để\s+)?(?:bú|ăn)(?!\s+dặm)\s+(?:lần\s+nào|cữ\s+nào|gì|cả\s+(?:ngày|đêm|buổi)|suốt|mấy\s+cữ|từ\s+(?:sáng|trưa|chiều|tối|hôm\s+qua|đêm\s+qua))|ngủ\s+(?:\p{L}+\s+){0,6}?(?:chưa|không|chẳng)\s+(?:chịu\s+)?(?:dậy|thức|tỉnh|bú)\s+(?:\p{L}+\s+)?(?:lần\s+nào|cữ\s+nào|gì\s+cả|cả\s+(?:ngày|buổi))|(?:hasn't|has\s+not|hasnt|hadn't|not)\s+(?:woken|woke|been\s+awake|stirred)\s+(?:up\s+)?(?:for|to|since|in)`),
  P(String.raw`khóc\s+(?:rất\s+|quá\s+|thật\s+)?(?:yếu|rên)|rên\s+rỉ|co\s+giật|giật\s+(?:mình\s+)?(?:tay\s+chân|liên\s+tục)|tím\s+(?:tái|tái|môi|người)|(?:môi|da|người|mặt)\s+(?:\p{L}+\s+)?tím|thở\s+(?:rít|gấp|co\s+lõm|khó)|khó\s+thở|rút\s+lõm|ngừng\s+thở`),
  P(String.raw`lethargic|listless|floppy|limp|unresponsive|(?:not|isn't|didn't|doesn't|won't|wasn't|wouldn't)\s+(?:\w+\s+)?(?:respond|responding|responsive)|(?:can't|cannot|couldn't|hard\s+to|difficult\s+to|won't|impossible\s+to|struggl\w+\s+to|trouble)\s+(?:\w+\s+)?(?:wake|waking|rouse|rousing)|too\s+(?:sleepy|weak|tired|drowsy)\s+to\s+(?:feed|eat|nurse|suck|latch|drink)|won't\s+wake\s+(?:up\s+)?(?:for|to)|not\s+(?:\w+\s+){0,2}?(?:feeding|eating|nursing)\s+at\s+all|(?:hasn't|has\s+not|hasnt|hadn't)\s+(?:\w+\s+){0,2}?(?:fed|eaten|nursed|fed\s+properly)\s+(?:in|for|since)|weak\s+(?:cry|suck|sucking)|hard\s+to\s+keep\s+(?:him\s+|her\s+|them\s+)?awake|can't\s+keep\s+(?:him|her|them|baby)\s+awake|(?:really|completely|totally|very|so)\s+out\s+of\s+it|barely\s+(?:feeding|sucking|opens|awake|moving)`),
  P(String.raw`(?:turning|going|gone|went|turned|looks?|looking)\s+(?:\w+\s+)?(?:blue|grey|gray)|blue\s+(?:lips|around|tinge|face)|seizures?|convuls\w*|fitting|stopped\s+breathing|struggling\s+to\s+breathe|(?:breathing|breathes)\s+(?:very\s+|really\s+)?(?:fast|hard|rapid\w*|laboured|labored|difficult\w*)|difficulty\s+breathing`),
];
/** Jaundice that is worsening / spreading, or comes with a sleepy, poorly feeding baby. */
const JAUNDICE = P(String.raw`vàng\s+da|da\s+vàng|vàng\s+mắt|mắt\s+vàng|người\s+(?:\p{L}+\s+)?vàng|vàng\s+(?:cả\s+|từ\s+|hết\s+|khắp\s+)?(?:người|lòng|chân|tay|bụng|nhiều|mặt|mắt|da|khắp)|jaundic\w*|yellow\w*`);
const JAUNDICE_WORSE = P(
  String.raw`lan\s+(?:xuống|đến|tới|ra|khắp)|ngày\s+càng|đậm\s+hơn|nặng\s+hơn|vàng\s+hơn|nhiều\s+hơn|tăng|lòng\s+bàn\s+(?:tay|chân)|(?:xuống|lan)\s+(?:(?:tận|tới|đến|dưới)\s+)?(?:bụng|chân|đùi|rốn)|phân\s+(?:bạc|trắng|màu\s+(?:trắng|bạc|xám|cò\s+rò))|worse|worsening|spread\w*|more\s+yellow|yellower|deeper|darker|legs|feet|belly|tummy|palms|soles|pale\s+(?:poo|poop|stool)s?|white\s+(?:poo|poop|stool)s?|chalky`,
);
const JAUNDICE_SLEEPY = P(
  String.raw`ngủ\s+(?:nhiều|suốt|li\s+bì|cả\s+ngày|li\s+bì)|bú\s+(?:kém|ít|yếu)|biếng\s+bú|bỏ\s+bú|khó\s+đánh\s+thức|li\s+bì|lừ\s+đừ|(?:very|really|so|too|extra)\s+sleepy|sleeping\s+(?:all\s+the\s+time|constantly|a\s+lot)|hard\s+to\s+wake|not\s+feeding|won't\s+feed|feeding\s+poorly`,
);

// ---------------------------------------------------------------------------------------------
// Bleeding

const BLOOD = String.raw`(?:máu|huyết(?!\s+(?:áp|trắng|thanh|học|quản|sắc|mạch)))(?!\s+(?:vàng|xanh|cam|nâu|đen|trắng|hồng|xám|gì|sắc|sẫm|lạ|tím|be|kem)(?![\p{L}\p{M}]))`;
const BLEEDING = [
  P(String.raw`băng\s+huyết|hậu\s+sản\s+ra\s+máu|mất\s+(?:rất\s+)?nhiều\s+máu|(?:ra|chảy|rỉ)\s+${BLOOD}\s+(?:\p{L}+\s+){0,2}?(?:nhiều|ồ\s+ạt|xối\s+xả|liên\s+tục|không\s+(?:ngừng|dứt|cầm|hết)|như\s+xối)`),
  P(String.raw`(?:${BLOOD}|sản\s+dịch)(?:\s+[\p{L},]+){0,8}?\s+(?:có\s+|lẫn\s+|ra\s+)?(?:cục|máu\s+đông)|${BLOOD}\s+(?:cục|đông)|cục\s+${BLOOD}|(?:ra|có)\s+(?:nhiều\s+)?cục\s+(?:to|lớn)`),
  P(String.raw`(?:ướt|thấm|đẫm|thay)\s+(?:\p{L}+\s+){0,3}?(?:băng\s+vệ\s+sinh|bvs|băng|bỉm\s+người\s+lớn)\s+(?:\p{L}+\s+){0,3}?(?:\d+|một|mỗi|1)\s+(?:tiếng|giờ)|(?:\d+|một|mỗi|1)\s+(?:tiếng|giờ)\s+(?:\p{L}+\s+){0,3}?(?:ướt|thấm|đẫm)\s+(?:\p{L}+\s+){0,3}?(?:băng|bvs)`),
  P(String.raw`sản\s+dịch\s+(?:\p{L}+\s+){0,4}?(?:ồ\s+ạt|xối\s+xả|nhiều\s+bất\s+thường|cục)|${BLOOD}\s+(?:\p{L}+\s+){0,2}?ồ\s+ạt`),
  // The baby: blood in the stool / nappy / vomit.
  P(String.raw`(?:phân|đi\s+ngoài|đi\s+cầu|ị|tã|bỉm)\s+(?:(?:có|lẫn|ra|nhiều|ít|chút|vài|tia|vệt|sợi|dính|toàn|màu)\s+){0,4}${BLOOD}|${BLOOD}\s+(?:\p{L}+\s+){0,2}?(?:trong|lẫn\s+trong|ở)\s+(?:phân|tã|bỉm)`),
  P(String.raw`(?:nôn|ói|ọc|trớ|nôn\s+trớ)(?:\s+(?:ra|sữa|có|lẫn|chút|ít|vài|tia|vệt|cả|toàn|sữa\s+có|màu)){0,5}\s+${BLOOD}`),
  P(String.raw`bleed\w*\s+(?:really\s+|very\s+|so\s+)?(?:heavily|a\s+lot|so\s+much|loads|non[-\s]?stop|through|heavy|more\s+and\s+more|like\s+crazy)|heavy\s+bleeding|heavier\s+bleeding|ha?emorrhag\w*|gushing|gushes|pouring\s+(?:out\s+)?blood`),
  P(String.raw`soak\w*\s+(?:through\s+)?(?:\w+\s+){0,2}?(?:pads?|maxi\w*|sheets)|(?:pads?|maxi\w*)\s+(?:\w+\s+){0,2}?(?:every|an|each)\s+(?:hour|hr)`),
  P(String.raw`clots?\s+(?:\w+\s+){0,2}?(?:size\s+of|bigger|larger|as\s+big|golf|egg|plum|lemon|palm|fist)|(?:big|large|huge|massive)\s+clots?|passing\s+(?:\w+\s+)?clots`),
  P(String.raw`blood\s+in\s+(?:\S+\s+){0,4}?(?:poo|poop|poos|poops|stool|stools|nappy|diaper|vomit|sick|spit[-\s]?up|bowel)|bloody\s+(?:poo|poop|stool|vomit|diaper|nappy|mucus|sick)|(?:vomit\w*|threw\s+up|throwing\s+up|spit\s+up|spat\s+up|spitting\s+up|sick)\s+(?:\w+\s+){0,3}?blood|(?:poo|poop|stool|nappy|diaper)\s+(?:\w+\s+){0,4}?(?:blood|bloody)`),
];

// ---------------------------------------------------------------------------------------------
// Self-harm and harm to the baby

/** Physical states before "muốn chết": colloquial hyperbole ("mệt muốn chết" = dead tired). */
const HYPERBOLE_BEFORE_DIE = Pend(
  String.raw`(?:mệt|đói|khát|buồn\s+ngủ|nóng|lạnh|rét|đau|nhức|mỏi|ngứa|rát|sợ|lo|hồi\s+hộp|cười|xấu\s+hổ|ngại|ngượng|quê|bực|tức|cáu|sướng|vui|thèm|nhớ|ồn|hôi|chật|nực|oải|bận|ngon|ê\s+ẩm|căng|tức\s+ngực|buồn\s+cười|hồi\s+hộp|mắc\s+cỡ|điên)(?:\s+(?:quá|lắm|ghê|thật|thế|vãi|cực|rất|đến|gần|phát|ơi\s+là|như|thiệt|dã\s+man|kinh\s+khủng))*`,
);
const DIE_VI = P(String.raw`muốn\s+chết(?!\s+(?:mất|đi\s+được))|chết\s+(?:quách|đi\s+cho\s+(?:xong|rồi)|cho\s+(?:xong|rồi|nhẹ))`, true);

const SELF_HARM_VI = [
  P(String.raw`(?:không|chẳng)\s+(?:nên|đáng|xứng\s+đáng)\s+(?:được\s+)?(?:tồn\s+tại|sống)|(?:không\s+bao\s+giờ|mãi\s+mãi\s+không|vĩnh\s+viễn\s+không)\s+(?:tỉnh|thức)\s+(?:lại|dậy)|ngủ\s+(?:\p{L}+\s+){0,4}?(?:mãi\s+mãi|vĩnh\s+viễn)|(?:đi\s+theo|về\s+với)\s+(?:ông\s+bà|tổ\s+tiên)|nghĩ\s+(?:quẩn|dại)|thư\s+tuyệt\s+mệnh|viết\s+thư\s+(?:để\s+lại|từ\s+biệt|cho\s+con\s+phòng\s+khi)|không\s+(?:còn\s+|có\s+|thấy\s+)?lối\s+thoát`),
  P(String.raw`(?:ước|giá\s+(?:mà|như)|mong|thà)\s+(?:gì\s+)?(?:\p{L}+\s+){0,3}?(?:chết|chưa\s+(?:từng\s+)?(?:được\s+)?(?:sinh\s+ra|tồn\s+tại|có\s+mặt)|không\s+(?:tồn\s+tại|có\s+mặt|được\s+sinh\s+ra|còn\s+(?:sống|trên\s+đời|tồn\s+tại))|đừng\s+(?:sinh\s+ra|tồn\s+tại)|ngủ\s+(?:luôn|mãi)|không\s+(?:bao\s+giờ\s+)?(?:tỉnh|thức)\s+(?:lại|dậy))`),
  P(String.raw`(?:mọi\s+(?:chuyện|thứ|việc)|tất\s+cả|cuộc\s+(?:đời|sống))\s+(?:\p{L}+\s+){0,2}?(?:kết\s+thúc|chấm\s+dứt|chấm\s+hết)(?!\s+(?:êm\s+đẹp|tốt\s+đẹp|suôn\s+sẻ|ổn|nhanh|sớm|thôi|chứ|chưa|không|được\s+không))|(?:muốn|mong|ước|chỉ\s+muốn)\s+(?:được\s+)?giải\s+thoát(?!\s+khỏi\s+(?:việc|máy|cữ|chuyện\s+hút))`),
  P(String.raw`(?:làm|nghĩ\s+(?:đến|tới)|có\s+ý\s+định|sợ)\s+(?:\p{L}+\s+){0,2}?(?:điều|chuyện|việc)\s+dại\s+dột(?!\s+với\s+(?:con|bé|cháu))`),

  P(String.raw`(?:không|ko|k|chẳng|chả|hết|không\s+còn|chẳng\s+còn)\s+(?:muốn|thiết|thiết\s+tha|còn\s+muốn)\s+sống|chán\s+sống|sống\s+(?:\p{L}+\s+){0,2}?(?:chẳng|không)\s+(?:để\s+)?làm\s+gì|sống\s+không\s+bằng\s+chết|không\s+muốn\s+tồn\s+tại|không\s+(?:còn\s+)?(?:lý|lí)\s+do\s+(?:gì\s+)?(?:để\s+)?sống|không\s+thể\s+(?:tiếp\s+tục\s+)?sống`),
  P(String.raw`tìm\s+đến\s+cái\s+chết|kết\s+liễu|quyên\s+sinh|tự\s+vẫn|tự\s+sát|treo\s+cổ|nhảy\s+(?:lầu|cầu|sông|xuống\s+(?:sông|cầu|lầu)|từ\s+tầng)|uống\s+(?:hết|cả)\s+(?:\p{L}+\s+){0,2}?thuốc`),
  P(String.raw`(?:muốn|ước|mong|giá\s+(?:mà|như)|thà|chỉ\s+mong)\s+(?:(?:mình|em|tôi|tớ|được|có\s+thể|là|cứ|chỉ|biến|một\s+ngày)\s+){0,3}biến\s+mất|biến\s+mất\s+khỏi\s+(?:cuộc\s+(?:đời|sống)|thế\s+(?:giới|gian)|trần\s+đời|cõi\s+đời|cuộc\s+đời\s+này)`),
  P(String.raw`(?:kết\s+thúc|chấm\s+dứt)\s+(?:(?:hết|tất\s+cả|mọi\s+thứ|cuộc\s+(?:đời|sống)|tất\s+cả\s+mọi\s+thứ|đời\s+mình)(?:\s+(?:này|của\s+\p{L}+))?)`),
  P(String.raw`tự\s+(?:làm|gây)\s+(?:đau|hại|tổn\s+thương)|tự\s+(?:hại|hành\s+hạ|cào\s+cấu|cấu|đánh|rạch|cắt)|rạch\s+tay|cứa\s+tay|cắt\s+cổ\s+tay`),
  P(String.raw`(?:tốt|ổn|nhẹ\s+nhõm|sung\s+sướng|hạnh\s+phúc|thoải\s+mái|vui)\s+hơn\s+(?:nếu|khi|mà|nếu\s+như)\s+(?:\p{L}+\s+){0,2}?(?:không\s+(?:có|còn)|thiếu|vắng)\s+(?:\p{L}+\s+){0,3}?(?:em|mình|tôi|tớ|mẹ)|(?:không\s+có|không\s+còn|vắng)\s+(?:em|mình|tôi|mẹ)\s+(?:thì\s+)?(?:\p{L}+\s+){0,3}?(?:tốt|ổn|nhẹ\s+nhõm|hạnh\s+phúc)\s+hơn`),
  P(String.raw`(?:em|mình|tôi|tớ)\s+(?:chỉ\s+)?là\s+(?:một\s+)?gánh\s+nặng|gánh\s+nặng\s+(?:cho|của)\s+(?:cả\s+nhà|mọi\s+người|gia\s+đình|chồng|con)`),
  P(String.raw`(?:không|chẳng)\s+(?:muốn|phải|cần)\s+thức\s+dậy\s+nữa|(?:mong|ước|giá\s+mà)\s+(?:\p{L}+\s+){0,4}?(?:không|đừng)\s+(?:phải\s+)?(?:thức\s+dậy|tỉnh\s+dậy|dậy\s+nữa)|ngủ\s+(?:luôn|một\s+giấc)\s+không\s+(?:dậy|tỉnh)`),
];
/** A jump or fall from a height: the method and the place in one sentence. */
const JUMP_VI = P(String.raw`nhảy|lao\s+(?:mình|xuống|ra)|gieo\s+mình|thả\s+mình`);
const HEIGHT_VI = P(String.raw`ban\s+công|sân\s+thượng|cửa\s+sổ|tầng\s+(?:cao|thượng|\d+)|lầu|cầu|sông|hồ|xuống\s+(?:dưới|đường)`);
/** "bé nhảy…" — a child jumping, not her. */
const BABY_JUMPS = P(String.raw`(?<!(?:ôm|bế|cùng|với|cả)\s)(?:bé|con|cháu)\s+(?:\p{L}+\s+)?nhảy`);
const SUICIDE_VI = P(String.raw`tự\s+tử`, true);
/** Bare "tu tu" (tự tử or từ từ): intent word before, not a "slowly" verb after. */
const TU_TU_BARE = /(?<![\p{L}\p{M}\p{N}])tu\s+tu(?![\p{L}\p{M}\p{N}])/gu;
const TU_TU_INTENT_BEFORE = Pend(
  String.raw`(?:muốn|nghĩ|nghĩ\s+(?:đến|tới)|định|tính|ý\s+(?:nghĩ|định)|chuyện|việc|đòi|dọa|đã|từng|lần|cố|thử|ý\s+muốn|suy\s+nghĩ)(?:\s+(?:đến|tới|chuyện|việc|là|về|hay|cứ|sẽ|đi))*`,
);
const TU_TU_SLOWLY_AFTER = Pstart(
  String.raw`cai|tập|cho(?!\s+(?:xong|rồi|nhẹ))|ăn|bú|tăng|giảm|làm|quen|học|thử|xem|hơn|rồi|thôi|sẽ|thì|mà|nhé|nhe|nha|thế|cũng|và|lại|bớt|bỏ|nói|dạy|chuyển|thêm|ra|vào|lên|xuống|đi\s+(?:lại|ra|vào)|từng|mới|nó|đã|một`,
);

const SELF_HARM_EN = [
  P(String.raw`(?:no|don't\s+see\s+a|can't\s+see\s+a|there's\s+no|there\s+is\s+no|not\s+seeing\s+a)\s+way\s+out|in\s+case\s+i'm\s+not\s+(?:here|around)|in\s+case\s+i\s+(?:die|am\s+gone|don't\s+make\s+it)|(?:goodbye|farewell|suicide)\s+(?:letters?|notes?)|giving\s+away\s+my\s+(?:things|stuff)|lost\s+the\s+will\s+to\s+live|(?:made|making|have)\s+a\s+plan\s+to\s+(?:end|die|go)`),
  P(String.raw`(?:better|happier|easier|fine|okay|ok|calmer|lighter)\s+(?:off\s+)?(?:for\s+(?:everyone|them|him|her|all)\s+)?(?:if|when|once)\s+(?:i|i'm|i'd|me)\s*(?:was|were|wasn't|weren't|am|'m|had|'d|just)?\s*(?:gone|dead|not\s+(?:here|around|alive)|disappeared|died|never\s+(?:born|here|existed))|(?:better|happier|easier)\s+without\s+me`),
  P(String.raw`wish\s+i\s+could\s+(?:just\s+)?(?:die|stop\s+existing|sleep\s+forever|not\s+(?:exist|wake\s+up|be\s+here|be\s+alive)|cease\s+to\s+exist|fall\s+asleep\s+(?:and|forever))|(?:jump|jumping|jumped|throw(?:ing)?\s+myself|step(?:ping)?\s+off|driv(?:e|ing)|swerv(?:e|ing)|crash(?:ing)?)\s+(?:\w+\s+){0,3}?(?:off|from|out\s+of|in\s+front\s+of|into)\s+(?:\w+\s+){0,2}?(?:balcony|bridge|roof|building|window|ledge|cliff|train|bus|lorry|truck|traffic|wall|river|sea|lake)`),

  P(String.raw`(?:want|wanna|wanted|wanting|wish|wishing|just\s+want)\s+(?:to\s+)?(?:just\s+)?die(?!\s+(?:of|from|laughing|inside))|wish\s+i\s+(?:was|were|had\s+been|could\s+be)\s+dead|want\s+to\s+be\s+dead|rather\s+be\s+dead|wish\s+i(?:'d|\s+had)?\s+never\s+(?:been\s+born|woken|woke|existed)`),
  P(String.raw`kill(?:ing)?\s+myself|end(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all|everything|things)|take\s+my\s+(?:own\s+)?life|taking\s+my\s+(?:own\s+)?life|walk\w*\s+into\s+traffic|overdos\w*|take\s+all\s+(?:my|the|of\s+my)\s+(?:pills|tablets|meds)`),
  P(String.raw`better\s+off\s+(?:without\s+me|if\s+i\s+(?:was|were)n't|if\s+i\s+(?:was|were)\s+(?:not|gone|dead)|with(?:out)?\s+(?:a|another|someone|somebody)\s+(?:\w+\s+)?(?:mum|mom|mother|else)|dead|gone)|(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+not\s+(?:being|be)\s+(?:around|here|alive)`),
  P(String.raw`(?:hurt|hurting|harm|harming|cut|cutting|punish|punishing|scratch\w*|burn\w*)\s+myself|self[-\s]?harm\w*`),
  P(String.raw`(?:can't|cant|cannot|can\s+not|couldn't)\s+(?:go\s+on|carry\s+on|keep\s+going)(?!\s+(?:a|the|holiday|vacation|trips?|walks?|outings?|dates?)\b)`),
  P(String.raw`(?:don't|dont|do\s+not|didn't)\s+want\s+to\s+(?:wake\s+up|be\s+here|live|exist|be\s+alive|go\s+on|be\s+around)|hop(?:e|ing)\s+(?:that\s+)?i\s+(?:don't|dont|won't|wont|never|do\s+not)\s+wake|no\s+reason\s+to\s+live|nothing\s+to\s+live\s+for|not\s+want\s+to\s+be\s+alive|wish\s+i\s+(?:didn't|did\s+not)\s+exist|(?:want|wanna|wish|wishing|hope|hoping)\s+(?:(?:i|to|could|would|just|can|that|really)\s+){0,4}(?:disappear|vanish)|disappear\s+(?:forever|for\s+good|and\s+never)`),
];
const SUICIDE_EN = P(String.raw`suicid\w*`, true);

const HARM_BABY_VI = [
  P(
    String.raw`(?:em|mình|tôi|tớ|mẹ)\s+(?:(?:sẽ|có\s+thể|lỡ|lại|muốn|định|sợ|nghĩ|đến|tới|chỉ|thật\s+sự|đã|suýt|cứ|hay|thấy|em|mình|tôi|tớ)\s+){1,4}(?:làm\s+(?:hại|đau|tổn\s+thương)|gây\s+hại(?:\s+cho)?|hại|đánh|ném|quăng|vứt|bóp\s+cổ|bịt\s+(?:mũi|miệng)|lắc\s+mạnh)\s+(?:con|bé|cháu|em\s+bé)`,
  ),
  P(
    String.raw`(?:ý\s+(?:nghĩ|định|muốn)|muốn|nghĩ\s+đến\s+(?:việc|chuyện)|ý\s+nghĩ\s+muốn)\s+(?:làm\s+(?:hại|đau|tổn\s+thương)|gây\s+hại(?:\s+cho)?|hại|đánh|ném|quăng|vứt|bóp\s+cổ|bịt\s+(?:mũi|miệng))\s+(?:con|bé|cháu|em\s+bé)`,
  ),
  P(String.raw`dại\s+dột\s+với\s+(?:con|bé|cháu)|(?:ôm|bế|mang)\s+(?:cả\s+)?(?:con|bé|cháu)\s+(?:\p{L}+\s+)?(?:nhảy|lao|gieo\s+mình|chết)`),
  P(String.raw`bóp\s+cổ\s+(?:con|bé|cháu)|ném\s+(?:con|bé|cháu)\s+(?:xuống|đi|ra|vào)|bịt\s+(?:mũi|miệng)\s+(?:con|bé|cháu)`),
];
const HARM_BABY_EN = [
  P(String.raw`(?:want\w*|urges?|thought\w*|imagin\w*|flash(?:es)?\s+of|pictur\w*|tempted|images?\s+of|felt\s+like|feel\s+like)\s+(?:\w+\s+){0,3}?(?:drop\w*|throw\w*|toss\w*|push\w*|let\s+go\s+of|fling\w*)\s+(?:her|him|the\s+baby|my\s+baby|baby|lo|my\s+(?:son|daughter|child))\s+(?:off|out|from|over|down|into|onto|against)`),

  P(
    String.raw`(?:scared|afraid|worried|terrified|frightened|fear|feared|worry|thoughts?|thinking|think|felt\s+like|feel\s+like|want(?:ed)?\s+to|urge\s+to|urges\s+to|tempted\s+to|imagine|imagining|picture|intrusive|might|could|i'll|i\s+will|going\s+to|gonna)\s+(?:(?:of|that|i|i'll|i'm|i\s+might|i\s+could|i\s+would|might|will|could|would|about|myself|just|really)\s+){0,3}(?:hurt|hurting|harm|harming|shake|shaking|throw|throwing|smother\w*|suffocat\w*|drown\w*|hit|hitting|slap\w*|squeez\w*|strangl\w*|snap\s+and\s+hurt)\s+(?:the\s+baby|my\s+baby|my\s+(?:son|daughter|child|newborn|little\s+one)|the\s+child|him|her|them|lo|my\s+lo|baby)`,
  ),
  P(String.raw`(?:pillow|blanket|hand)\s+over\s+(?:his|her|the\s+baby's|baby's|my\s+baby's)\s+(?:face|mouth|nose)|drop\w*\s+(?:him|her|the\s+baby|my\s+baby)\s+on\s+purpose`),
];
/** A care task or an accident follows: "scared of hurting him when I cut his nails". */
const CARE_TASK_AFTER = Pstart(
  String.raw`(?:in|during|at|with|using|on)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:bath|baths|tub|shower|nail\w*|clippers|scissors|car\s+seat|sling|carrier|bottle|stairs|changing\s+table)|(?:(?:when|while|during|by|if|khi|lúc|trong\s+lúc|trong\s+khi|lỡ)\s+)(?:(?:i|i'm|em|mình|tôi|đang|we)\s+)?(?:\p{L}+\s+)?(?:cut\w*|clip\w*|trim\w*|fil(?:e|ing)|bath\w*|carry\w*|lift\w*|chang\w*|burp\w*|swaddl\w*|dress\w*|hold\w*|co-?sleep\w*|nail\w*|cắt|tắm|bế|quấn|vỗ|thay|mặc|ngủ\s+chung|cho\s+bú|vệ\s+sinh|massage|rửa|hút\s+mũi|nhỏ\s+mũi)`,
);
/** A denial right before: "I'm not suicidal", "không có ý nghĩ tự tử". Voided by a "but" after. */
const DENIAL_BEFORE = [
  Pend(
    String.raw`(?:not|never|no|don't|dont|do\s+not|am\s+not|'m\s+not|isn't|without|none)(?:\s+(?:really|feeling|feel|having|have|had|any|thoughts?|of|about|thinking|going|to|planning|want|wanting|at\s+all|a|being|actually|suicidal))*`,
  ),
  Pend(
    String.raw`(?:không|ko|k|chưa|chẳng|chả)(?:\s+(?:hề|bao\s+giờ|có|ý|nghĩ|định|ý\s+nghĩ|ý\s+định|muốn|tính|nghĩ\s+(?:đến|tới)|gì|phải|là))*`,
  ),
];
const BUT_AFTER = P(String.raw`but|nhưng|mà|tuy\s+nhiên|although|though|yet`);

function denied(s: string, index: number, end: number): boolean {
  if (!anyMatch(DENIAL_BEFORE, s.slice(0, index))) return false;
  return !BUT_AFTER.test(s.slice(end));
}

function selfHarmSigns(sents: string[]): { selfHarm: boolean; harmBaby: boolean } {
  let selfHarm = false;
  let harmBaby = false;
  for (const s of sents) {
    if (!selfHarm) {
      DIE_VI.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIE_VI.exec(s))) {
        const before = s.slice(0, m.index);
        if (m[0].startsWith('mu') && HYPERBOLE_BEFORE_DIE.test(before)) continue;
        selfHarm = true;
        break;
      }
    }
    if (!selfHarm && (anyMatch(SELF_HARM_VI, s) || anyMatch(SELF_HARM_EN, s))) selfHarm = true;
    if (!selfHarm && JUMP_VI.test(s) && HEIGHT_VI.test(s) && !BABY_JUMPS.test(s)) selfHarm = true;
    if (!selfHarm) {
      for (const re of [SUICIDE_VI, SUICIDE_EN]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(s))) {
          // Bare "tu tu" may be "từ từ" (slowly): the bare rule below decides.
          if (/^tu\s+tu$/u.test(m[0])) continue;
          if (!denied(s, m.index, m.index + m[0].length)) {
            selfHarm = true;
            break;
          }
        }
      }
    }
    if (!selfHarm) {
      TU_TU_BARE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TU_TU_BARE.exec(s))) {
        const before = s.slice(0, m.index);
        const after = s.slice(m.index + m[0].length);
        if (TU_TU_INTENT_BEFORE.test(before) && !TU_TU_SLOWLY_AFTER.test(after) && !denied(s, m.index, m.index + m[0].length)) {
          selfHarm = true;
          break;
        }
      }
    }
    if (!harmBaby) {
      for (const re of [...HARM_BABY_VI, ...HARM_BABY_EN]) {
        const g = new RegExp(re.source, 'gu');
        let m: RegExpExecArray | null;
        while ((m = g.exec(s))) {
          const end = m.index + m[0].length;
          if (CARE_TASK_AFTER.test(s.slice(end)) || denied(s, m.index, end)) continue;
          harmBaby = true;
          break;
        }
        if (harmBaby) break;
      }
    }
  }
  return { selfHarm, harmBaby };
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Does this question (title + "\n" + body) show red-flag signs? */
export function triage(text: string): TriageResult {
  if (!text || !text.trim()) return { urgent: false, signs: [], selfHarm: false };
  const canon = canonical(text).text.replace(/[’‘`´]/g, "'");
  const sents = sentences(canon);
  const signs = new Set<TriageSign>();

  // Fever: the mother (mastitis with a breast sign) or the baby.
  const fevers = feverMentions(sents);
  const breast = hasBreastSign(sents);
  const babyInText = sents.some((s) => lastMatchBefore(BABY_SUBJECT, s, s.length) >= 0);
  let babyFever = false;
  let babyHigh = false;
  for (const f of fevers) {
    if (f.weak) {
      if (f.subject !== 'baby' && breast) signs.add('mastitis');
      continue;
    }
    if (f.subject === 'baby' || (f.subject === 'unknown' && !breast && babyInText)) {
      babyFever = true;
      if (f.high) babyHigh = true;
    } else if (breast) {
      signs.add('mastitis');
    }
  }
  if (sents.some((s) => BREAST_ABSCESS.test(s)) && (breast || sents.some((s) => BREAST_WORD.test(s)))) signs.add('mastitis');
  if (mastitisNamed(sents)) signs.add('mastitis');
  if (babyFever) {
    const { days, newborn } = babyAges(canon);
    const young = newborn || days.some((d) => d < 90);
    if (babyHigh || young || days.length === 0) signs.add('baby_fever');
  }

  // Dehydration.
  for (const s of sents) {
    FEW_WET_COUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FEW_WET_COUNT.exec(s))) {
      const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
      const n = numValue(raw);
      if (Number.isFinite(n) && n <= 4) signs.add('baby_dehydration');
    }
    if (anyMatch(DEHYDRATION, s)) signs.add('baby_dehydration');
    if (FEW_PEE.test(s) && !NIGHT.test(s)) signs.add('baby_dehydration');
    if (DRY_MOUTH.test(s) && lastMatchBefore(BABY_SUBJECT, s, s.length) >= 0) signs.add('baby_dehydration');
  }

  // A very unwell baby.
  if (sents.some((s) => anyMatch(LETHARGY, s))) signs.add('baby_lethargy');
  const jaundice = sents.some((s) => JAUNDICE.test(s));
  if (jaundice && (sents.some((s) => JAUNDICE.test(s) && JAUNDICE_WORSE.test(s)) || JAUNDICE_SLEEPY.test(canon))) {
    signs.add('baby_lethargy');
  }

  // Bleeding.
  if (sents.some((s) => anyMatch(BLEEDING, s))) signs.add('bleeding');

  // Self-harm, harm to the baby.
  const sh = selfHarmSigns(sents);
  if (sh.selfHarm) signs.add('self_harm');
  if (sh.harmBaby) signs.add('harm_baby');

  const list = TRIAGE_SIGNS.filter((k) => signs.has(k));
  return { urgent: list.length > 0, signs: list, selfHarm: signs.has('self_harm') || signs.has('harm_baby') };
}
