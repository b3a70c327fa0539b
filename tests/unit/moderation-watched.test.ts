/** Moderator watched words: actions, severity, diacritics, wildcards, whole words, censoring. */
import { describe, expect, it } from 'vitest';
import { matchWatchedWords, type WatchedWord } from '@/lib/moderation/watched';

const spans = (text: string, r: ReturnType<typeof matchWatchedWords>) => r.matches.map((m) => text.slice(m.start, m.end));

describe('matchWatchedWords', () => {
  it('reports no action and leaves the text alone when nothing matches', () => {
    const r = matchWatchedWords('Hôm nay em thấy đỡ hơn', [{ word: 'formula', action: 'block' }]);
    expect(r).toEqual({ action: null, matches: [], censored: 'Hôm nay em thấy đỡ hơn' });
    expect(matchWatchedWords('anything', []).action).toBeNull();
  });

  it.each(['block', 'hold', 'flag', 'censor'] as const)('returns the %s action for a single match', (action) => {
    const text = 'Buy cheap pills here';
    const r = matchWatchedWords(text, [{ word: 'pills', action }]);
    expect(r.action).toBe(action);
    expect(r.matches).toEqual([{ start: 10, end: 15, word: 'pills', action }]);
    expect(r.censored).toBe(action === 'censor' ? 'Buy cheap ***** here' : text);
  });

  it('picks the most severe action: block > hold > flag > censor', () => {
    const words: WatchedWord[] = [
      { word: 'a1', action: 'censor' },
      { word: 'b2', action: 'flag' },
      { word: 'c3', action: 'hold' },
      { word: 'd4', action: 'block' },
    ];
    expect(matchWatchedWords('a1 b2 c3 d4', words).action).toBe('block');
    expect(matchWatchedWords('a1 b2 c3', words).action).toBe('hold');
    expect(matchWatchedWords('a1 b2', words).action).toBe('flag');
    expect(matchWatchedWords('a1', words).action).toBe('censor');
  });

  it('matches whole words only, case-insensitively', () => {
    const words: WatchedWord[] = [{ word: 'ass', action: 'censor' }];
    expect(matchWatchedWords('my class was fun', words).matches).toEqual([]);
    expect(matchWatchedWords('passive', words).matches).toEqual([]);
    const r = matchWatchedWords('What an ASS. Really, ass!', words);
    expect(spans('What an ASS. Really, ass!', r)).toEqual(['ASS', 'ass']);
    expect(r.censored).toBe('What an ***. Really, ***!');
  });

  it('uses Unicode letter boundaries (an accented letter is part of the word)', () => {
    // "é" folds to "e", which still continues the word.
    expect(matchWatchedWords('suaé', [{ word: 'sua', action: 'flag' }]).matches).toEqual([]);
    expect(matchWatchedWords('bánh', [{ word: 'an', action: 'flag' }]).matches).toEqual([]);
    expect(matchWatchedWords('em ăn rồi', [{ word: 'an', action: 'flag' }]).matches).toEqual([
      { start: 3, end: 5, word: 'an', action: 'flag' },
    ]);
  });

  it('a word without diacritics matches accented and bare spellings', () => {
    const words: WatchedWord[] = [{ word: 'sua cong thuc', action: 'flag' }];
    for (const text of ['Em cho con uống sữa công thức', 'em cho con uong sua cong thuc', 'SỮA CÔNG THỨC', 'sữa  công\nthức']) {
      const r = matchWatchedWords(text, words);
      expect(r.action).toBe('flag');
      expect(r.matches).toHaveLength(1);
    }
    const text = 'Em cho con uống sữa công thức nhé';
    expect(spans(text, matchWatchedWords(text, words))).toEqual(['sữa công thức']);
  });

  it('a word with diacritics matches only that spelling and its fully bare typing', () => {
    const words: WatchedWord[] = [{ word: 'sợ', action: 'hold' }];
    expect(matchWatchedWords('Em sợ quá', words).action).toBe('hold');
    expect(matchWatchedWords('EM SỢ QUÁ', words).action).toBe('hold');
    expect(matchWatchedWords('em so qua', words).action).toBe('hold');
    expect(matchWatchedWords('Số điện thoại', words).action).toBeNull();
    expect(matchWatchedWords('sổ tay', words).action).toBeNull();
    expect(matchWatchedWords('sơ sinh', words).action).toBeNull();
  });

  it('handles NFD text and maps offsets to the original string', () => {
    const text = 'Em sợ quá'.normalize('NFD');
    const r = matchWatchedWords(text, [{ word: 'sợ', action: 'censor' }]);
    expect(r.matches).toHaveLength(1);
    const m = r.matches[0];
    expect(text.slice(m.start, m.end).normalize('NFC')).toBe('sợ');
    expect(r.censored.length).toBe(text.length);
    expect(r.censored.normalize('NFC')).toBe(`Em ${'*'.repeat(m.end - m.start)} quá`.normalize('NFC'));
  });

  it('supports a trailing * wildcard for prefixes', () => {
    const words: WatchedWord[] = [{ word: 'formul*', action: 'flag' }];
    const text = 'Formula or formulas, not reformulate';
    expect(spans(text, matchWatchedWords(text, words))).toEqual(['Formula', 'formulas']);
    const vi: WatchedWord[] = [{ word: 'sữa công*', action: 'censor' }];
    const t2 = 'sữa công thức, sữa cộng, sua cong';
    expect(spans(t2, matchWatchedWords(t2, vi))).toEqual(['sữa công', 'sua cong']);
  });

  it('censors only censor-action matches, keeping the text length', () => {
    const text = 'Buy Formula now, it is a scam';
    const r = matchWatchedWords(text, [
      { word: 'formula', action: 'flag' },
      { word: 'scam', action: 'censor' },
    ]);
    expect(r.action).toBe('flag');
    expect(r.censored).toBe('Buy Formula now, it is a ****');
    expect(r.censored).toHaveLength(text.length);
    expect(r.matches.map((m) => m.word)).toEqual(['formula', 'scam']);
  });

  it('ignores empty or wildcard-only words and duplicate entries', () => {
    const r = matchWatchedWords('hello world', [
      { word: '', action: 'block' },
      { word: '*', action: 'block' },
      { word: '  ', action: 'block' },
      { word: 'world', action: 'flag' },
      { word: 'world', action: 'flag' },
    ]);
    expect(r.action).toBe('flag');
    expect(r.matches).toHaveLength(1);
  });

  it('treats regex characters in a word literally', () => {
    expect(matchWatchedWords('call 1+1 now', [{ word: '1+1', action: 'flag' }]).action).toBe('flag');
    expect(matchWatchedWords('call 11 now', [{ word: '1+1', action: 'flag' }]).action).toBeNull();
  });
});
