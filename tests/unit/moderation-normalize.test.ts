/** Folding Vietnamese text (case, diacritics, đ) with a map back to the original. */
import { describe, expect, it } from 'vitest';
import { canonical, fold, foldText, hasDiacritics } from '@/lib/moderation/normalize';

/** Find `needle` in the folded text and return the matching slice of the original. */
function originalOf(text: string, needle: string): string {
  const { folded, map } = fold(text);
  const at = folded.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(map[at], map[at + needle.length]);
}

describe('fold', () => {
  it('lower-cases and strips Vietnamese diacritics, đ → d', () => {
    expect(foldText('Sữa Đông')).toBe('sua dong');
    expect(foldText('Tủ đông nhà chị')).toBe('tu dong nha chi');
    expect(foldText('ĐƯỢC MẤY CÂN')).toBe('duoc may can');
    expect(foldText('plain ascii 120ml')).toBe('plain ascii 120ml');
  });

  it('treats NFC and NFD input alike', () => {
    const nfc = 'Bé nhà em nặng hơn'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    expect(foldText(nfd)).toBe(foldText(nfc));
    expect(foldText(nfd)).toBe('be nha em nang hon');
  });

  it('has one map entry per folded char plus a trailing text.length', () => {
    for (const text of ['Sữa Đông', 'Sữa Đông'.normalize('NFD'), '', 'abc']) {
      const { folded, map } = fold(text);
      expect(map).toHaveLength(folded.length + 1);
      expect(map[folded.length]).toBe(text.length);
      for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
    }
  });

  it('maps a span in the folded text back to the original words (NFC)', () => {
    expect(originalOf('Tủ đông nhà chị', 'tu dong')).toBe('Tủ đông');
    expect(originalOf('Con nhà NGƯỜI TA đó', 'nguoi ta')).toBe('NGƯỜI TA');
    expect(originalOf('Mỗi cữ được 80ml', 'duoc')).toBe('được');
  });

  it('maps back to the original words when the original is NFD (marks included)', () => {
    const text = 'Tủ đông nhà chị'.normalize('NFD');
    const span = originalOf(text, 'tu dong');
    expect(span.normalize('NFC')).toBe('Tủ đông');
    expect(span).toBe(text.slice(0, span.length));
    // The trailing marks of the last letter belong to the span.
    expect(originalOf('sợ quá'.normalize('NFD'), 'so').normalize('NFC')).toBe('sợ');
  });
});

describe('hasDiacritics', () => {
  it('tells accented from bare text', () => {
    expect(hasDiacritics('sợ')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('so voi')).toBe(false);
    expect(hasDiacritics('SO VOI')).toBe(false);
  });
});

describe('canonical', () => {
  it('lower-cases to NFC, keeping diacritics, with a map to the original', () => {
    const nfd = 'Sữa Đông'.normalize('NFD');
    const { text, map } = canonical(nfd);
    expect(text).toBe('sữa đông');
    expect(map).toHaveLength(text.length + 1);
    const at = text.indexOf('đông');
    expect(nfd.slice(map[at], map[at + 4]).normalize('NFC')).toBe('Đông');
  });

  it('is the identity map for NFC text', () => {
    const { text, map } = canonical('Hơn Em');
    expect(text).toBe('hơn em');
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
