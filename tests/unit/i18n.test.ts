import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from '@/lib/i18n/config';

describe('Accept-Language → locale', () => {
  it.each([
    [undefined, 'vi'],
    [null, 'vi'],
    ['', 'vi'],
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['en-US,vi;q=0.5', 'en'],
    ['fr-FR,vi;q=0.4,en;q=0.3', 'vi'],
    ['en;q=0.2,vi;q=0.8', 'vi'],
    ['EN-gb', 'en'],
    ['fr-FR,de;q=0.8', 'en'],
    ['vi;q=0,en;q=0.1', 'en'],
    ['vi;q=0.5, en;q=0.5', 'vi'],
    ['*', 'en'],
  ] as const)('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('knows its locales', () => {
    expect(isLocale('vi')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
