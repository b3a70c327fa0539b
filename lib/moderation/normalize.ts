/**
 * Text views for matching Vietnamese and English posts, each with a map back to the original text.
 *
 * - `fold` — lower-case, diacritics removed, `đ` → `d` ("Sữa Đông" → "sua dong"). Used where a
 *   word typed without accents must match any accented spelling (watched words).
 * - `canonical` — lower-case NFC, diacritics kept. Used by the comparison guard, whose patterns say
 *   per letter which accents they accept (see `guard.ts`).
 *
 * In both, `map[i]` is the UTF-16 index in the ORIGINAL string of output char i, and there is one
 * extra trailing entry (= text.length). A span [s, e) found in the output maps back to
 * [map[s], map[e]) in the original — which takes in any combining marks of the last letter, whether
 * the original was typed in NFC (one code point per letter) or NFD (base letter + marks).
 */

export interface MappedText {
  text: string;
  map: number[];
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

const foldCache = new Map<string, string>();
const canonCache = new Map<string, string>();

/** One code point (possibly followed by nothing) → its folded form, possibly empty (a lone mark). */
function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    out = ch.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
    if (foldCache.size < 4096) foldCache.set(ch, out);
  }
  return out;
}

/** Lower-case, strip diacritics (NFD + drop combining marks), `đ`/`Đ` → `d`; with a map to the original. */
export function fold(text: string): { folded: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path.
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]);
      map.push(i);
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = foldChar(ch);
    for (let k = 0; k < out.length; k++) map.push(i);
    parts.push(out);
    i += ch.length;
  }
  map.push(text.length);
  return { folded: parts.join(''), map };
}

/** Folded text only. */
export function foldText(text: string): string {
  return fold(text).folded;
}

/** True when the text carries any Vietnamese/Latin diacritic (or `đ`). */
export function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.toLowerCase();
}

/** Is the UTF-16 unit at `index` (code `code`) a combining mark? Fast for the common ranges. */
function isMark(code: number, text: string, index: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  if (code < 0x483) return false;
  return MARK.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * Lower-case NFC, diacritics kept, with a map to the original. A base letter and the combining
 * marks that follow it form one cluster; every output char of a cluster maps to the cluster start.
 */
export function canonical(text: string): MappedText {
  // Fast path: already NFC and lower-casing keeps every index in place.
  const lower = text.toLowerCase();
  if (lower.length === text.length && text.normalize('NFC') === text && !MARK.test(text)) {
    const map = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return { text: lower, map };
  }
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < text.length && isMark(text.charCodeAt(i), text, i)) i += 1;
    if (i - start === 1 && cp < 0x80) {
      parts.push(cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : text[start]);
      map.push(start);
      continue;
    }
    const cluster = text.slice(start, i);
    let out = canonCache.get(cluster);
    if (out === undefined) {
      out = cluster.normalize('NFC').toLowerCase();
      if (canonCache.size < 4096) canonCache.set(cluster, out);
    }
    for (let k = 0; k < out.length; k++) map.push(start);
    parts.push(out);
  }
  map.push(text.length);
  return { text: parts.join(''), map };
}
