/**
 * Comparison guard: notices milk volumes, stash/freezer talk, comparisons of babies' weight or
 * milestones, and comparative phrasing between mothers — in Vietnamese and English, with or
 * without diacritics — so the composer can nudge the author to rephrase. Pure, synchronous, no I/O;
 * safe in the browser, on the server and in tests.
 *
 * How accents are handled. Patterns are written in lower-case accented Vietnamese (or plain
 * English) and run on the canonical (lower-case NFC) text. Each accented letter of a pattern is
 * compiled to a class of that letter with any SUBSET of its marks: "sữa" accepts "sữa", "sưa",
 * "sũa", "sua"; "hơn" accepts "hơn", "hon". A letter typed with a mark the pattern does not have
 * never matches, so "sợ", "sổ", "sờ" are not "so", "cứ" is not "cữ", "tự động" is not "tủ đông",
 * "hôn" is not "hơn". Text typed without any accents therefore matches the unaccented form of
 * every pattern; accented text only matches where its accents agree. Plain-ASCII pattern letters
 * only match themselves.
 *
 * Some rules need context: a word that must (or must not) appear in the same sentence — e.g. a
 * weight in kg counts when the sentence is about a baby and not about the mother's own weight.
 */
import { expandAccents } from '../text/accents';
import { canonical } from './normalize';
import { SUGGESTIONS } from './suggestions';

export const FINDING_KINDS = ['volume', 'stash', 'baby_comparison', 'comparative'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
/** Offsets into the ORIGINAL text, end exclusive, UTF-16 indexes. */
export interface Finding {
  start: number;
  end: number;
  kind: FindingKind;
}
export interface GuardResult {
  comparison: boolean;
  findings: Finding[];
  suggestion?: string;
}

// ---------------------------------------------------------------------------------------------
// Pattern compilation

const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/**
 * A whole-word pattern (global, for scanning). The left word boundary is checked by the caller
 * (`wordStartsAt`): a leading look-behind would stop V8 from skipping ahead to the first literal.
 */
function pattern(src: string): RegExp {
  return new RegExp(`(?:${expandAccents(src)})${WORD_AFTER}`, 'gu');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function wordStartsAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return !((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90));
  return !WORD_CHAR.test(text[index - 1]);
}

/** A context pattern: word boundaries against letters only (so "6.8kg" has the word "kg"). */
function context(src: string): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${expandAccents(src)})${LETTER_AFTER}`, 'u');
}

interface Rule {
  kind: FindingKind;
  re: RegExp;
  /** Required somewhere in the same sentence. */
  ctx?: RegExp;
  /** Must not appear in the same sentence. */
  notCtx?: RegExp;
}

function rule(kind: FindingKind, src: string, opts: { ctx?: string; notCtx?: string } = {}): Rule {
  return {
    kind,
    re: pattern(src),
    ctx: opts.ctx ? context(opts.ctx) : undefined,
    notCtx: opts.notCtx ? context(opts.notCtx) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A number: 120, 7.5, 5,2 — never a prefix of a longer number. */
const N = String.raw`\d+(?:[.,]\d+)?(?![.,]?\d)`;
/** English number words (and "a few", "a couple of" ...). */
const NUMW = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+few|few|several|a\s+couple(?:\s+of)?|dozens?\s+of|hundreds?\s+of)`;
/** An optional volume unit right after a number ("vắt được 60ml"). */
const UNIT = String.raw`(?:\s*(?:ml|mls|oz|ozs|ounces?|cc)(?![\p{L}\p{M}]))?`;
/** Vietnamese number words. */
const VNUM = String.raw`(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|rưỡi|vài|mấy)`;
const HEDGE_EN = String.raw`(?:(?:only|just|about|around|like|maybe|barely|roughly|nearly|almost|over|under|a\s+whole|literally)\s+)?`;
/** After a number: not a time, count or age. */
const NOT_TIME_EN = String.raw`(?!\s*(?:x\b|times?|minutes?|mins?|hours?|hrs?|h\b|sessions?|am\b|pm\b|a\.m|p\.m|o'clock|days?|weeks?|months?|years?|sides?|meals?|kids?|children|naps?|stars?|glasses|cups|feeds?))`;
const NOT_TIME_VI = String.raw`(?!\s*(?:phút|p|tiếng|giờ|h|lần|ngày|tuần|tháng|tuổi|năm|cữ|bên|cái|bữa|hôm|điếu|quả|trái|người|đứa)(?![\p{L}\p{M}]))`;

const MILESTONE_EN = String.raw`(?:crawl\w*|roll(?:s|ed|ing)?(?:\s+over)?|walk(?:s|ed|ing)?|sit(?:s|ting)?|sat|stand(?:s|ing)?|stood|talk(?:s|ed|ing)?|say(?:s|ing)?|said|teeth\w*|babbl\w*|wav(?:e|es|ed|ing)|clap\w*|pull(?:s|ed|ing)?\s+up|cruis\w*|smil(?:e|es|ed|ing)|laugh\w*|first\s+words?)`;
const MILESTONE_VI = String.raw`(?:lật|lẫy|bò|đi(?!\s+(?:tiêm|khám|viện|chích|ra|về|làm|ngủ))|ngồi|đứng|nói|mọc|trườn|bập\s+bẹ|vịn|cầm)`;

const BABY_CTX = String.raw`baby|babies|son|daughter|he|she|his|her|him|mine|yours|little\s+one|lo|kid|boy|girl|twins?|niece|nephew|months?|weeks?|mos|percentile|bé|con|cháu|tháng|tuần`;
const SELF_WEIGHT_CTX = String.raw`i\s+(?:lost|gained|weigh|weighed|put\s+on|was|am)|i'?m\s+(?:back|down|up|at|now)|i'?ve\s+(?:lost|gained)|myself|my\s+(?:own\s+)?weight|pregnan\w*|at\s+birth|birth\s*weight|was\s+born|born\s+at|giảm|lúc\s+sinh|khi\s+sinh|mới\s+sinh|sinh\s+ra|lúc\s+đẻ|khi\s+đẻ|(?<!(?:các|mấy|những|con|bé|cháu)\s+)(?:em|mẹ|mình|tôi|tớ)\s+(?:\p{L}+\s+)?(?:nặng|tăng|xuống|lên)|sau\s+sinh|bầu|cân\s+nặng\s+của\s+(?:em|mình|mẹ)`;
const SELF_TIME_VI = String.raw`(?!\s+(?:hôm|tuần|tháng|lúc|trước|hồi|lần|ngày|mọi\s+khi|bình\s+thường|ban\s+đầu|đầu)(?![\p{L}\p{M}]))`;
const PUMP_CTX_EN = String.raw`pump\w*|express\w*|milk|supply|session|letdown|breast\w*|side|makes?|making|produc\w*`;
const PEOPLE_EN = String.raw`(?:moms?|mums?|mothers?|mamas?|mommies|mummies|women|ladies|parents|babies|girls)`;
const RELATIVE_EN = String.raw`(?:best\s+)?(?:friends?|bestie|sisters?|sister-in-law|sil|cousins?|neighbou?rs?|colleagues?|co-?workers?|nieces?|nephews?)`;

// ---------------------------------------------------------------------------------------------
// Rules

const RULES: Rule[] = [
  // ---------------- volume (both languages)
  rule('volume', String.raw`${N}\s*(?:ml|mls|millilit(?:er|re)s?|oz|ozs|ounces?|cc)`),
  rule('volume', String.raw`(?:${NUMW}|half\s+an?)\s+(?:ounces?|oz)`),
  rule('volume', String.raw`(?:${N}\s*(?:l|liters?|litres?)|(?:a|one|half\s+a)\s+(?:liters?|litres?))\s+of\s+(?:breast\s*)?milk`),
  rule('volume', String.raw`(?:${N}|a|one|half\s+a)\s*(?:liters?|litres?)`, {
    ctx: PUMP_CTX_EN,
    notCtx: String.raw`water|fluids?|juice|tea|soup|coffee|soda|drinks?`,
  }),
  rule('volume', String.raw`(?:${N}|${NUMW})\s+(?:more\s+|full\s+|frozen\s+)?bags?(?!\s+of\s+(?!(?:frozen\s+)?(?:breast\s*)?milk))`),
  rule('volume', String.raw`how\s+many\s+bags?`, { ctx: String.raw`stor\w*|freez\w*|milk|stash|pump\w*|saved` }),
  rule('volume', String.raw`(?:pump(?:s|ed|ing)?|express(?:es|ed|ing)?)\s+(?:out\s+)?${HEDGE_EN}${N}${UNIT}${NOT_TIME_EN}`),
  rule('volume', String.raw`(?:got|get|gets|getting|make|makes|making|produce[sd]?|producing|yield(?:s|ed)?|collect(?:s|ed)?)\s+${HEDGE_EN}${N}${UNIT}${NOT_TIME_EN}`, {
    ctx: PUMP_CTX_EN,
  }),
  rule('volume', String.raw`fill(?:s|ed|ing)?\s+(?:up\s+)?(?:a|one|the|half\s+a|a\s+whole|whole|a\s+full|${N})\s+(?:\w+\s+)?bottles?`),
  rule('volume', String.raw`(?:half|full|whole)\s+(?:a\s+)?bottles?`, { ctx: PUMP_CTX_EN }),
  rule('volume', String.raw`how\s+much\s+(?:(?:breast\s*)?milk|do\s+(?:you|u)\s+(?:all\s+|guys\s+|ladies\s+)?(?:pump|get|make|produce|express))|how\s+many\s+(?:ounces|oz|ml|mls|bags)`),
  // Vietnamese volume
  rule('volume', String.raw`${N}\s*(?:lít|l)\s+sữa`),
  rule('volume', String.raw`(?:${N}|cả|một|gần|hơn|mấy|vài|nửa)\s+lít`, {
    ctx: String.raw`hút|vắt|sữa|kích`,
    notCtx: String.raw`nước|canh|trà|chè|nước\s+ép`,
  }),
  rule('volume', String.raw`${N}\s+(?:cái\s+)?túi(?!\s+(?:đồ|quần|áo|bỉm|tã|rác|xách|bánh|kẹo|nilon|ni\s+lông|thuốc|chườm)(?![\p{L}\p{M}]))`),
  rule('volume', String.raw`(?:bao\s+nhiêu|mấy)\s+túi`, { ctx: String.raw`sữa|trữ|kho|tủ|ngăn` }),
  rule(
    'volume',
    String.raw`(?:hút|vắt|kích)(?:\s+[\p{L}\d]+){0,3}?\s+(?:${N}${UNIT}${NOT_TIME_VI}|(?:nửa|cả|đầy|được)\s+(?:(?:${N}|${VNUM})\s+)?bình|(?:mấy|vài|dăm)\s+giọt|bao\s+nhiêu(?!\s+(?:lần|phút|tiếng|giờ|ngày)(?![\p{L}\p{M}])))`,
  ),
  rule('volume', String.raw`${N}\s+cữ`, { ctx: String.raw`hút|vắt|kích|ml|oz` }),
  rule('volume', String.raw`(?:mỗi|một)\s+cữ\s+(?:\p{L}+\s+){0,3}?${N}${UNIT}${NOT_TIME_VI}`),
  rule('volume', String.raw`(?:mấy|vài|dăm|từng)\s+giọt`, { ctx: String.raw`hút|vắt|kích|sữa` }),
  rule('volume', String.raw`(?:nửa|đầy|cả)\s+(?:(?:${N}|${VNUM})\s+)?bình`, { ctx: String.raw`hút|vắt|kích|cữ|mỗi\s+lần|một\s+lần` }),
  rule('comparative', String.raw`(?:nhiều|ít|đủ|dư|thừa)\s+sữa\s+hơn${SELF_TIME_VI}|sữa\s+(?:\p{L}+\s+){0,3}?(?:nhiều|ít)\s+hơn${SELF_TIME_VI}`),
  rule('volume', String.raw`(?:mọi\s+người|các\s+mẹ|mn|mấy\s+mẹ|các\s+chị|mẹ\s+nào)\s+(?:\p{L}+\s+){0,2}?(?:được|đc|dc)\s+(?:bao\s+nhiêu|mấy)`),

  // ---------------- stash
  rule('stash', String.raw`stockpil\w*`),
  rule('stash', String.raw`stash(?:es|ing)?(?!\s+of\s+(?!(?:frozen\s+)?(?:breast\s*)?milk))`),
  rule('stash', String.raw`(?:deep\s+|chest\s+)?freezers?`, { ctx: String.raw`milk|bags?|oz|ounces|ml|stash|pump\w*|breast\w*` }),
  rule('stash', String.raw`frozen\s+(?:breast\s*)?milk|(?:breast\s*)?milk\s+bags?|bags?\s+of\s+(?:frozen\s+)?(?:breast\s*)?milk|milk\s+in\s+the\s+freezer|freezer\s+full|full\s+freezer`),
  rule('stash', String.raw`tủ(?<!(?:máy|chế\s+độ|hút\s+sữa|chức\s+năng)(?:\s+\p{L}+){0,2}\s+tủ)\s+(?:đông|đá|trữ|sữa)`),
  rule('stash', String.raw`trữ(?<!lưu\s+trữ)(?!\s+(?:khi|đi|ra|bớt)(?![\p{L}\p{M}]))`),
  rule('stash', String.raw`kho\s+sữa|túi\s+(?:trữ\s+)?sữa|sữa\s+(?:trữ|đông\s+lạnh|đông)`),
  rule('stash', String.raw`ngăn\s+đá|đầy\s+(?:tủ|ngăn)`, { ctx: String.raw`sữa|túi` }),
  rule('comparative', String.raw`khoe\s+(?:\p{L}+\s+)?(?:sữa|kho|tủ|túi|bình)`),

  // ---------------- baby comparison (weights, sizes, milestones)
  rule('baby_comparison', String.raw`${N}\s*(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|ký|kí|lạng|g|gr|grams?|gam|cân(?:\s+\d+(?!\s*(?:tháng|tuần|tuổi)))?)`, {
    ctx: BABY_CTX,
    notCtx: SELF_WEIGHT_CTX,
  }),
  rule('baby_comparison', String.raw`${N}\s*(?:cm|centimet(?:er|re)s?|inches)`, {
    ctx: BABY_CTX,
    notCtx: String.raw`dilat\w*|scar|incision|wound|cut|vết|mổ`,
  }),
  rule('baby_comparison', String.raw`(?:\d+(?:st|nd|rd|th)\s+)?percentiles?|off\s+the\s+charts?`),
  rule('baby_comparison', String.raw`already(?<!\bi(?:'m|\s+am|\s+was|'ve|\s+have)\s+already)\s+(?:\w+\s+){0,2}?${MILESTONE_EN}`),
  rule(
    'baby_comparison',
    String.raw`${MILESTONE_EN}(?:\s+\w+){0,2}?\s+(?:(?:at|by|before)\s+(?:${N}|${NUMW})\s*(?:weeks?|wks?|months?|mos?|m|years?|yrs?)|before\s+(?:1|one|2|two)(?:\s+years?)?)`,
  ),
  rule('baby_comparison', String.raw`${MILESTONE_EN}(?:\s+\w+){0,2}?\s+yet`, { ctx: String.raw`your|yours` }),
  rule('baby_comparison', String.raw`mine\s+(?:did|started|began|was|is|has|had|looks?|seems?)`, {
    ctx: String.raw`months?|weeks?|crawl\w*|roll\w*|walk\w*|sit\w*|talk\w*|says?|kg|kilos?|tiny|small|smallest|big|biggest|chubby|bigger|smaller|skinny`,
  }),
  rule(
    'baby_comparison',
    String.raw`(?:bigger|smaller|heavier|lighter|taller|chubbier|fatter|thinner|skinnier|tinier|chunkier)\s+than(?!\s+(?:i\b|it\b|before|usual|yesterday|last|ever))`,
  ),
  rule('baby_comparison', String.raw`(?:much|way|so\s+much|a\s+lot|far)\s+(?:bigger|smaller|heavier|lighter|taller|chubbier|tinier|chunkier)`, { ctx: BABY_CTX }),
  rule('baby_comparison', String.raw`(?:huge|chubby|chunky|fat|big|massive|tiny|skinny)\s+babies`, {
    ctx: String.raw`mine|mums?|moms?|mothers|everyone|all|other|their`,
  }),
  rule('baby_comparison', String.raw`more\s+weight|gained\s+more|outweighs?|outgrew|(?:twice|double|half)\s+(?:the\s+)?(?:size|weight)`),
  rule('baby_comparison', String.raw`(?:smallest|biggest|tiniest|heaviest|lightest|chunkiest|skinniest|fattest|thinnest|chubbiest|slowest)\s+(?:baby|babies|one|kid|child|in)`),
  rule('baby_comparison', String.raw`(?:at|of)\s+the\s+same\s+age|same[-\s]aged?`),
  rule(
    'baby_comparison',
    String.raw`how\s+much\s+(?:does|did|do)\s+(?:your|ur|their|her)\s+(?:\w+\s+)?(?:\w+\s+)?weigh|what\s+(?:does|did)\s+(?:your|ur)\s+(?:\w+\s+)?weigh|how\s+(?:big|heavy|tall|long)\s+(?:is|was|are)\s+(?:your|ur)\s+(?:baby|babies|son|daughter|little|lo|boy|girl|kid)`,
  ),
  rule('baby_comparison', String.raw`milestones?`, { ctx: String.raw`early|late|behind|ahead|already|before|yet|every` }),
  rule('baby_comparison', String.raw`(?:my|her|his|our|the)\s+${RELATIVE_EN}(?:(?:'s|s'|’s)?\s+(?:baby|babies|son|boy|daughter|girl|kid|little\s+one|twins|lo)|(?:'s|s'|’s)\s+(?:is|was))`, {
    ctx: String.raw`months?|weeks?|kg|kilos?|lbs|crawl\w*|walk\w*|talk\w*|roll\w*|sit\w*|bigger|smaller|heav\w*|percentile|twice|size|already|mine|ours`,
  }),
  rule('baby_comparison', String.raw`(?:baby|kid|boy|girl|son|daughter)\s+next\s+door`, { ctx: String.raw`months?|crawl\w*|walk\w*|talk\w*|kg|bigger|already` }),
  // Vietnamese baby comparison
  rule('baby_comparison', String.raw`(?:mấy|bao\s+nhiêu)\s+(?:cân|kg|ký|kí|lạng)`),
  rule('baby_comparison', String.raw`${N}\s+tháng(?:\s+tuổi)?(?:\s+\p{L}+){0,3}?\s+(?:đã|mới|chưa|vẫn\s+chưa|biết)\s+(?:biết\s+|tự\s+)?${MILESTONE_VI}`),
  rule('baby_comparison', String.raw`mấy\s+tháng\s+(?:\p{L}+\s+){0,2}?${MILESTONE_VI}`),
  rule(
    'baby_comparison',
    String.raw`(?:nặng|nhẹ|to|cao(?<!sốt\s+cao)|thấp|nhỏ|gầy|béo|mập|bụ\s+bẫm|bé|lớn|chậm\s+(?:nói|đi|bò|lật|lớn|mọc\s+răng))\s+(?:cân\s+)?(?:hơn${SELF_TIME_VI}|nhất)`,
    { ctx: String.raw`bé|con|cháu`, notCtx: String.raw`người\s+(?:nhẹ|nặng)|(?<!(?:con|bé|cháu)\s+)(?:em|mình|tôi)\s+(?:thấy\s+)?(?:người\s+)?(?:nhẹ|nặng)` },
  ),
  rule('baby_comparison', String.raw`tăng\s+(?:cân\s+)?(?:\p{L}+\s+)?(?:nhiều|ít|chậm|nhanh)\s+hơn${SELF_TIME_VI}`),
  rule('baby_comparison', String.raw`hơn\s+(?:hẳn\s+)?(?:con|bé|cháu|các\s+bé|mấy\s+bé|mấy\s+đứa)\s+(?:nhà|của|bạn|chị|anh|hàng|người|cùng|em|mình)`),
  rule('baby_comparison', String.raw`cùng\s+(?:tháng|tuổi)`, { ctx: String.raw`bé|con|cháu` }),
  rule(
    'baby_comparison',
    String.raw`(?:bé|con)\s+(?:nhà\s+)?(?:các\s+mẹ|mọi\s+người|mn|các\s+chị|chị|mẹ\s+nào|các\s+bạn)\s+(?:thì\s+)?(?:sao|thế\s+nào|thế|bao\s+nhiêu|được\s+mấy|được\s+bao\s+nhiêu|mấy|ra\s+sao|như\s+thế\s+nào|nặng|to|lớn|bụ\s+bẫm|mập|béo|giỏi|cao|tăng)`,
  ),
  rule(
    'baby_comparison',
    String.raw`(?:con|bé|cháu)\s+(?:nhà\s+)?(?:hàng\s+xóm|bạn|nhà\s+bên|chị\s+(?:gái|họ|dâu|hàng\s+xóm|đồng\s+nghiệp)|đồng\s+nghiệp|em\s+họ|mấy\s+đứa\s+bạn|người\s+quen)`,
    { ctx: String.raw`tháng|cân|kg|hơn|đã|chưa|cùng|đều|nặng|nhẹ|lật|lẫy|bò|ngồi|đứng|nói|mọc|răng` },
  ),

  // ---------------- comparative phrasing between mothers
  rule('comparative', String.raw`other(?<!(?:from|with|to|meet|meeting|know|knowing|\d|two|three|four|five|some|few|several)\s+other)\s+(?:(?:breastfeeding|nursing|pumping|new|first[-\s]time|working)\s+)?${PEOPLE_EN}(?:'s?|’s?)?`),
  rule(
    'comparative',
    String.raw`(?:everyone|everybody)\s+else(?!\s+(?:in\s+(?:my|the|our|this)\s+(?:family|house|home|household)|at\s+home|here\s+at\s+home|in\s+the\s+house|was\s+asleep|is\s+asleep|at\s+work|went|left)\b)`,
  ),
  rule(
    'comparative',
    String.raw`compar(?:e|es|ed|ing|ison|isons)(?!\s+(?:myself\s+|me\s+)?(?:to|with)\s+(?:who|how|what|myself|my\s+(?:old|former|own)|last|yesterday|before|a\s+(?:week|month)|my\s+(?:first|last|older|previous|pre\w*)|when\s+i|the\s+(?:first|last|start|beginning)|how\s+i)\b)`,
  ),
  rule(
    'comparative',
    String.raw`than\s+(?:me|mine|i\s+(?:do|can|could)|ours|yours|hers|theirs|everyone|everybody|most\s+${PEOPLE_EN}|all\s+(?:the\s+)?others?|others|other\s+\w+|the\s+other\s+\w+|the\s+rest|(?:my|her|his|their)\s+${RELATIVE_EN}(?:'s|s')?)`,
    { notCtx: String.raw`husband|partner|hubby|boyfriend|dad|daddy|father|grandma|grandpa|grandmother|grandfather` },
  ),
  rule('comparative', String.raw`unlike\s+(?:other|most|the|my|her|all|everyone)`),
  rule('comparative', String.raw`(?:all|most)\s+(?:of\s+)?(?:the\s+|my\s+)?(?:other\s+)?(?:moms|mums|mothers|women|ladies|babies)`),
  rule('comparative', String.raw`all\s+(?:of\s+)?my\s+friends`, { ctx: String.raw`milk|pump\w*|breastfe\w*|supply|formula|bab(?:y|ies)|crawl\w*|weigh\w*` }),
  rule('comparative', String.raw`(?:the\s+)?(?:mom|mum|mother|lady|woman|girl)\s+next\s+to\s+me|next\s+to\s+(?:all\s+)?(?:these|those|the\s+other|other|theirs|hers|yours)`),
  rule('comparative', String.raw`next\s+to\s+(?:her|him|them)`, { ctx: String.raw`tiny|small|big|chubby|mine|milk|skinny|fail\w*|useless|nothing` }),
  rule('comparative', String.raw`jealous|envy|envious|envied`),
  rule('comparative', String.raw`the\s+others`, { ctx: String.raw`milk|pump\w*|bottles?|supply|bab(?:y|ies)|oz|ml|bags?` }),
  rule('comparative', String.raw`(?:everyone|everybody|they\s+all|all\s+of\s+them)\s+(?:\w+\s+){0,3}?(?:more|less|bigger|better|plenty)`),
  rule('comparative', String.raw`(?:worst|only|worse)\s+(?:mom|mum|mother|mama)\s+(?:here|in|at|on|who)`),
  rule('comparative', String.raw`super\s*-?\s*(?:moms?|mums?|mothers?|mamas?)`),
  rule('comparative', String.raw`(?:those|these|some|the)\s+(?:other\s+)?(?:moms|mums|mothers|women|ladies|people)\s+(?:who|whose|with|on|that|make|makes|produce|pump|have|get|can)`, {
    ctx: String.raw`pump\w*|milk|supply|freez\w*|stash|oz|ml|bottles?|babies|baby`,
  }),
  rule('comparative', String.raw`be\s+like\s+(?:those|other|the\s+other|her|them|my\s+\w+)`),
  rule(
    'comparative',
    String.raw`(?:twice|double|half|three\s+times)\s+as\s+much(?:\s+\w+)?\s+as|half\s+(?:of\s+)?(?:your|her|their)\s+(?:supply|milk|output|stash)|(?:half|twice|double)\s+(?:of\s+)?what\s+(?:she|he|they|my|her|his|their)`,
  ),
  rule('comparative', String.raw`(?:how|what)\s+about\s+yours|(?:does|is|did|has|are|do|was)\s+yours|when\s+did\s+yours|(?:than|to|with|of|as)\s+yours|yours\s*\?`),
  // Vietnamese comparative
  rule('comparative', String.raw`con\s+nhà\s+người\s+ta`),
  rule(
    'comparative',
    String.raw`so\s+(?:với|sánh|bì|đo|kè)(?!\s+(?:hôm|tuần|tháng|lần|năm|ngày|lúc|trước|hồi|khi|đầu|mấy\s+hôm|bữa|ban\s+đầu|lúc\s+trước)(?![\p{L}\p{M}]))`,
  ),
  rule(
    'comparative',
    String.raw`hơn\s+(?:em|mình|tôi|tớ|tui)(?!\s+(?:nghĩ|tưởng|mong|dự|đoán|hình\s+dung|bé|hồi|lúc|trước|hôm|tuần|tháng)(?![\p{L}\p{M}]))`,
  ),
  rule(
    'comparative',
    String.raw`hơn\s+(?:hẳn\s+)?(?:(?:các|mấy|những)\s+mẹ|mẹ\s+(?:khác|nào)|mọi\s+người|người\s+(?:khác|ta)|chị\s+(?:dâu|gái|họ|ấy|hàng\s+xóm|đồng\s+nghiệp|ta|kia)|(?:bạn|cô)\s+(?:em|mình|ấy|tôi))`,
  ),
  rule('comparative', String.raw`(?:người\s+khác|người\s+ta)\s+thì|người\s+ta\s+(?:hút|vắt|trữ|khoe|có\s+cả|được\s+cả|sữa|nhiều)`),
  rule('comparative', String.raw`(?:(?:các|mấy|những)\s+)?mẹ\s+khác`),
  rule(
    'comparative',
    String.raw`như\s+(?:người\s+(?:khác|ta)|các\s+mẹ|mấy\s+mẹ|mẹ\s+khác|chị\s+(?:dâu|gái|họ|ấy|hàng\s+xóm|đồng\s+nghiệp)|bạn\s+(?:em|mình|bè|ấy))`,
    { ctx: String.raw`sữa|nhiều|ít|được|giỏi|cân|kg|bụ|to|lớn|hút|vắt` },
  ),
  rule('comparative', String.raw`mẹ\s+nào\s+(?:\p{L}+\s+){0,3}?cũng`),
  rule(
    'comparative',
    String.raw`ai(?<!(?:cả\s+nhà|nhà\s+em|nhà\s+mình|gia\s+đình|ông\s+bà)(?:\s+\p{L}+){0,2}\s+ai)\s+cũng\s+(?:\p{L}+\s+){0,2}?(?:nhiều|đủ|dư|có|giỏi|được|hơn|khoe|trữ|hút|vắt|sữa)`,
  ),
  rule('comparative', String.raw`kém\s+(?:\p{L}+\s+)?hơn${SELF_TIME_VI}|thua\s+(?:xa|kém|cả|mọi|các|mấy|người|hẳn)`),
  rule('comparative', String.raw`(?:ghen|ganh)\s+(?:tị|tỵ|tức|với)`),
  rule('comparative', String.raw`(?:mấy|các|những)\s+mẹ\s+(?:\p{L}+\s+)?(?:nhiều|dư|đầy|thừa)\s+sữa`),
  rule('comparative', String.raw`gấp\s+(?:đôi|ba|\d+\s+lần)\s+(?:em|mình|tôi|người\s+khác|chị\s+\p{L}+|mẹ\s+\p{L}+|bạn\s+\p{L}+)`),
  rule('comparative', String.raw`chỉ\s+(?:có\s+)?(?:mình\s+)?(?:em|mình|tôi|tớ)\s+(?:là\s+)?(?:thiếu|ít|không|chưa|kém|mãi|phải)`, {
    ctx: String.raw`mọi\s+người|ai|các\s+mẹ|mẹ\s+khác|người\s+ta|nhóm|đều|sữa|cả\s+(?:phòng|nhóm|lớp|xóm)`,
  }),
  rule('comparative', String.raw`nhìn\s+(?:\p{L}+\s+){0,2}?(?:người\s+ta|các\s+mẹ|mấy\s+mẹ|những\s+mẹ|mẹ\s+khác|người\s+khác|chị\s+(?:ấy|dâu|gái|họ|hàng\s+xóm|đồng\s+nghiệp)|bạn\s+bè|con\s+nhà)`),
  rule(
    'comparative',
    String.raw`(?:chỉ\s+|không\s+)?bằng\s+(?:(?:một\s+)?nửa|phân\s+nửa|một\s+phần)\s+(?:của\s+)?(?:chị|mẹ|người|bạn|các|mấy|em|cô)|không\s+bằng\s+(?:ai|người\s+ta|người\s+khác|mẹ\s+khác|các\s+mẹ|mấy\s+mẹ|chị\s+\p{L}+|bạn\s+\p{L}+)`,
  ),
];

// ---------------------------------------------------------------------------------------------
// Matching

const KIND_RANK: Record<FindingKind, number> = { volume: 0, stash: 1, baby_comparison: 2, comparative: 3 };

/** Sentence ranges in the canonical text: split at . ! ? … followed by space/end, and newlines. */
function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?…]+(?=\s|$)|\n+/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out;
}

/**
 * Does `text` compare (milk volumes, stash, babies, mothers)? Findings point into the original
 * text. `locale` only chooses the language of the suggestion; both languages are always checked.
 */
export function checkComparison(text: string, locale: 'vi' | 'en' = 'vi'): GuardResult {
  if (!text || !text.trim()) return { comparison: false, findings: [] };
  const { text: canon, map } = canonical(text);
  let sentences: Array<[number, number]> | null = null;
  const sentenceText = new Map<number, string>();

  const sentenceOf = (index: number): string => {
    sentences ??= sentenceRanges(canon);
    let k = 0;
    while (k < sentences.length - 1 && sentences[k][1] <= index) k++;
    let s = sentenceText.get(k);
    if (s === undefined) {
      s = canon.slice(sentences[k][0], sentences[k][1]);
      sentenceText.set(k, s);
    }
    return s;
  };

  const raw: Finding[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(canon))) {
      if (m[0].length === 0 || !wordStartsAt(canon, m.index)) {
        r.re.lastIndex = m.index + 1;
        continue;
      }
      if (r.ctx || r.notCtx) {
        const s = sentenceOf(m.index);
        if (r.ctx && !r.ctx.test(s)) continue;
        if (r.notCtx && r.notCtx.test(s)) continue;
      }
      raw.push({ start: m.index, end: m.index + m[0].length, kind: r.kind });
    }
  }
  if (raw.length === 0) return { comparison: false, findings: [] };

  // Merge overlaps, keeping the more specific kind; then map back to the original text.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const f of raw) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (KIND_RANK[f.kind] < KIND_RANK[last.kind]) last.kind = f.kind;
    } else {
      merged.push({ ...f });
    }
  }
  const findings = merged.map((f) => ({ start: map[f.start], end: map[f.end], kind: f.kind }));
  const primary = [...findings].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0].kind;
  return { comparison: true, findings, suggestion: SUGGESTIONS[primary][locale] };
}
