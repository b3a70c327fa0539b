/**
 * Accent-subset expansion for regex sources written in lower-case accented Vietnamese, shared by
 * the comparison guard (`lib/moderation/guard.ts`) and urgent-question triage
 * (`lib/questions/triage.ts`). Pure, synchronous, no I/O: runs on the server, in the browser, in
 * tests and scripts.
 *
 * Each accented letter of a pattern accepts that letter with any SUBSET of its marks ("sữa"
 * accepts "sữa", "sưa", "sũa", "sua"; "đ" accepts "đ", "d"), and a letter typed with a mark the
 * pattern lacks never matches ("hơn" does not accept "hôn"). Patterns run on canonical text
 * (lower-case NFC, see `lib/moderation/normalize.ts`).
 */

const variantCache = new Map<string, string[]>();

/** "ữ" → ["ữ", "ư", "ũ", "u"]: the letter with every subset of its combining marks (NFC); "đ" → ["đ", "d"]. */
export function letterVariants(ch: string): string[] {
  const cached = variantCache.get(ch);
  if (cached) return cached;
  let out: string[];
  if (ch === 'đ') {
    out = ['đ', 'd'];
  } else {
    const nfd = ch.normalize('NFD');
    const base = nfd[0];
    const marks = [...nfd.slice(1)];
    const set = new Set<string>();
    for (let mask = 0; mask < 1 << marks.length; mask++) {
      let s = base;
      marks.forEach((m, k) => {
        if (mask & (1 << k)) s += m;
      });
      set.add(s.normalize('NFC'));
    }
    out = [...set];
  }
  variantCache.set(ch, out);
  return out;
}

/** True for a letter carrying a diacritic (it decomposes into base + marks), and for "đ". */
export function isAccented(ch: string): boolean {
  return ch === 'đ' || (ch.normalize('NFD').length > 1 && /\p{L}/u.test(ch));
}

/**
 * Expand each accented letter of a regex source into a class of its mark-subset variants
 * ("hơn" → "h[ơo]n"); inside an existing [...] class the variants are added to it. Escapes
 * (`\x`) and unaccented characters are copied unchanged.
 */
export function expandAccents(src: string): string {
  let out = '';
  let inClass = false;
  const chars = [...src];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\\') {
      out += ch + (chars[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += isAccented(ch) ? letterVariants(ch).join('') : ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    out += isAccented(ch) ? `[${letterVariants(ch).join('')}]` : ch;
  }
  return out;
}
