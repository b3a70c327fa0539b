/** Accent-subset expansion of Vietnamese regex sources (shared by the guard and triage). */
import { describe, expect, it } from 'vitest';
import { expandAccents, isAccented, letterVariants } from '@/lib/text/accents';

/** Whole-string match of an expanded pattern. */
function matches(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${expandAccents(pattern)})$`, 'u').test(text);
}

describe('isAccented', () => {
  it('recognises accented letters and đ', () => {
    for (const ch of ['ữ', 'ơ', 'á', 'ệ', 'đ', 'ư']) expect(isAccented(ch)).toBe(true);
  });

  it('rejects plain letters, digits and punctuation', () => {
    for (const ch of ['a', 'u', 'd', 'z', '1', '[', ' ', '\\']) expect(isAccented(ch)).toBe(false);
  });
});

describe('letterVariants', () => {
  it('gives the letter with every subset of its marks', () => {
    expect(new Set(letterVariants('ữ'))).toEqual(new Set(['ữ', 'ư', 'ũ', 'u']));
    expect(new Set(letterVariants('ệ'))).toEqual(new Set(['ệ', 'ê', 'ẹ', 'e']));
    expect(letterVariants('đ')).toEqual(['đ', 'd']);
    expect(letterVariants('a')).toEqual(['a']);
  });

  it('returns NFC letters even for NFD-only combinations', () => {
    for (const v of letterVariants('ữ')) expect(v).toBe(v.normalize('NFC'));
  });
});

describe('expandAccents', () => {
  it('lets an accented pattern accept any subset of its marks, including bare text', () => {
    for (const text of ['sữa', 'sưa', 'sũa', 'sua']) expect(matches('sữa', text)).toBe(true);
    for (const text of ['đông', 'dông', 'đong', 'dong']) expect(matches('đông', text)).toBe(true);
  });

  it('rejects a letter typed with a mark the pattern lacks', () => {
    expect(matches('hơn', 'hôn')).toBe(false);
    expect(matches('máu', 'màu')).toBe(false);
    expect(matches('tự tử', 'từ từ')).toBe(false);
    expect(matches('so', 'sợ')).toBe(false);
  });

  it('leaves plain text, escapes and regex syntax alone', () => {
    expect(expandAccents('hon')).toBe('hon');
    expect(expandAccents(String.raw`\d+\s*ml|oz`)).toBe(String.raw`\d+\s*ml|oz`);
    expect(expandAccents('hơn')).toBe('h[oơ]n');
  });

  it('adds the variants inside an existing character class', () => {
    expect(expandAccents('[ơa]')).toBe('[oơa]');
    expect(matches('c[ơă]n', 'con')).toBe(true);
    expect(matches('c[ơă]n', 'can')).toBe(true);
    expect(matches('c[ơă]n', 'cân')).toBe(false);
  });
});
