/**
 * Watched words: per-group words or phrases a moderator wants blocked, held for review, flagged
 * or censored. Pure; runs in the browser, on the server and in tests.
 *
 * Matching rules
 * - Whole words only: a match may not start or end inside a run of letters/digits (Unicode), so
 *   "ass" does not match "class". Case-insensitive. Phrases match across any run of whitespace.
 * - A trailing `*` matches any word continuing the prefix: "formul*" matches "formula", "formulas".
 * - A word entered WITHOUT diacritics matches every accented spelling too: "sua cong thuc" matches
 *   "sữa công thức", "Sữa Công Thức" and "sua cong thuc".
 * - A word entered WITH diacritics matches exactly that spelling (any case, NFC or NFD) and the
 *   same text typed entirely without diacritics — nothing in between: "sợ" matches "sợ", "SỢ" and
 *   "so", but not "số", "sổ" or "sơ". A moderator who wants every spelling enters the bare form.
 *   For a wildcard word the rule applies to the prefix part.
 * - `action` is the most severe matched action: block > hold > flag > censor.
 * - `censored` is the text with each censor-action match replaced by `*` of the same length (in
 *   UTF-16 units, so every offset in `matches` is also valid in `censored`); other actions leave
 *   the text alone.
 */
import { fold, foldText, hasDiacritics } from './normalize';

export const WATCHED_ACTIONS = ['block', 'hold', 'flag', 'censor'] as const;
export type WatchedAction = (typeof WATCHED_ACTIONS)[number];
/** `word` may be a phrase, typed with or without diacritics; a trailing `*` matches a prefix. */
export interface WatchedWord {
  word: string;
  action: WatchedAction;
}
/** Offsets into the ORIGINAL text, end exclusive, UTF-16 indexes. */
export interface WatchedMatch {
  start: number;
  end: number;
  word: string;
  action: WatchedAction;
}

/** Lower index = more severe. */
const SEVERITY: Record<WatchedAction, number> = { block: 0, hold: 1, flag: 2, censor: 3 };

interface Compiled {
  re: RegExp;
  /** Lower-case NFC spelling of the prefix (single spaces) when the word carries diacritics. */
  accented: string | null;
}

const compiledCache = new Map<string, Compiled | null>();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (s: string) => s.trim().replace(/\s+/g, ' ');

function compile(word: string): Compiled | null {
  const cached = compiledCache.get(word);
  if (cached !== undefined) return cached;
  let prefix = squash(word.normalize('NFC'));
  const wildcard = prefix.endsWith('*');
  if (wildcard) prefix = prefix.replace(/\*+$/, '').trimEnd();
  let result: Compiled | null = null;
  const foldedPrefix = foldText(prefix);
  if (/[\p{L}\p{N}]/u.test(foldedPrefix)) {
    const body = foldedPrefix.split(' ').map(escapeRe).join('\\s+');
    const tail = wildcard ? '[\\p{L}\\p{N}]*' : '';
    result = {
      re: new RegExp(`(${body})${tail}(?![\\p{L}\\p{N}])`, 'gu'),
      accented: hasDiacritics(prefix) ? prefix.toLowerCase() : null,
    };
  }
  if (compiledCache.size < 2048) compiledCache.set(word, result);
  return result;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function matchWatchedWords(
  text: string,
  words: WatchedWord[],
): { action: WatchedAction | null; matches: WatchedMatch[]; censored: string } {
  const matches: WatchedMatch[] = [];
  if (!text || words.length === 0) return { action: null, matches, censored: text };

  const { folded, map } = fold(text);
  const seen = new Set<string>();
  for (const w of words) {
    if (!w || typeof w.word !== 'string' || !Object.hasOwn(SEVERITY, w.action)) continue;
    const c = compile(w.word);
    if (!c) continue;
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(folded))) {
      const at = m.index;
      if (at > 0 && WORD_CHAR.test(folded[at - 1])) {
        c.re.lastIndex = at + 1;
        continue;
      }
      if (c.accented !== null) {
        // Exactly the moderator's spelling, or typed with no diacritics at all.
        const original = text.slice(map[at], map[at + m[1].length]);
        if (hasDiacritics(original) && squash(original.normalize('NFC').toLowerCase()) !== c.accented) continue;
      }
      const start = map[at];
      const end = map[at + m[0].length];
      const key = `${start}:${end}:${w.word}:${w.action}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ start, end, word: w.word, action: w.action });
    }
  }
  matches.sort((a, b) => a.start - b.start || a.end - b.end || SEVERITY[a.action] - SEVERITY[b.action]);

  let action: WatchedAction | null = null;
  for (const m of matches) if (action === null || SEVERITY[m.action] < SEVERITY[action]) action = m.action;

  let censored = text;
  const spans = matches.filter((m) => m.action === 'censor');
  if (spans.length > 0) {
    const chars = text.split('');
    for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = '*';
    censored = chars.join('');
  }
  return { action, matches, censored };
}
