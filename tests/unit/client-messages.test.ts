/** The browser gets only the namespaces client components use (app/layout.tsx): check they have what they read. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientMessages, SECTION_NAMESPACES, SERVER_ONLY_NAMESPACES, sectionMessages } from '@/lib/i18n/client-messages';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

const root = path.resolve(import.meta.dirname, '../..');

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return clientFiles(rel);
    if (!/\.tsx?$/.test(e.name)) return [];
    return /^\s*['"]use client['"]/.test(fs.readFileSync(path.join(root, rel), 'utf8')) ? [rel] : [];
  });
}

/** Top-level namespaces a client file reads: `useTranslations('ns…')`, or `t('ns.key')` through `useTranslations()`. */
function namespacesRead(source: string): string[] {
  const named = [...source.matchAll(/useTranslations\(\s*['"`]([\w-]+)/g)].map((m) => m[1]);
  const rootKeys = /useTranslations\(\s*\)/.test(source) ? [...source.matchAll(/\(\s*['"`]([\w-]+)\.[\w.$-]/g)].map((m) => m[1]) : [];
  return [...new Set([...named, ...rootKeys])];
}

describe('messages for client components', () => {
  const files = ['app', 'components', 'lib'].flatMap(clientFiles);

  it('finds the client components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s reads no server-only namespace', (file) => {
    const read = namespacesRead(fs.readFileSync(path.join(root, file), 'utf8'));
    expect(read.filter((ns) => SERVER_ONLY_NAMESPACES.includes(ns))).toEqual([]);
  });

  it.each(files)('%s reads a section namespace only inside a section that sends it', (file) => {
    const read = namespacesRead(fs.readFileSync(path.join(root, file), 'utf8')).filter((ns) => ns in SECTION_NAMESPACES);
    for (const ns of read) {
      const folders = SECTION_NAMESPACES[ns];
      expect(folders.some((f) => file.startsWith(`${f}/`)), `${file} reads ${ns}`).toBe(true);
    }
  });

  it('every section folder has a layout that sends its namespaces', () => {
    for (const [ns, folders] of Object.entries(SECTION_NAMESPACES)) {
      for (const folder of folders) {
        const layout = fs.readFileSync(path.join(root, folder, 'layout.tsx'), 'utf8');
        expect(layout, `${folder}/layout.tsx sends ${ns}`).toMatch(new RegExp(`SectionMessages[^>]*'${ns}'`));
      }
    }
    expect(Object.keys(sectionMessages(en, ['groups']))).toContain('groups');
  });

  it('leaves out only the server-only and section namespaces, in both languages', () => {
    for (const messages of [en, vi]) {
      const kept = Object.keys(clientMessages(messages));
      expect(kept).toEqual(Object.keys(messages).filter((ns) => !SERVER_ONLY_NAMESPACES.includes(ns) && !(ns in SECTION_NAMESPACES)));
      for (const ns of SERVER_ONLY_NAMESPACES) expect(Object.keys(messages)).toContain(ns);
    }
  });
});
