import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogues, messageIds } from './catalogue-check.ts';
import { appLocales } from './locales.ts';

describe('compareCatalogues', () => {
  it('names missing, extra and empty ids by their dotted path', () => {
    const base = { a: { b: 'x', c: 'y' }, d: 'z', e: 'w' };
    const other = { a: { b: 'x', f: 'q' }, d: { nested: 'no' }, e: ' ' };
    expect(compareCatalogues(base, other)).toEqual({ missing: ['a.c', 'd'], extra: ['a.f', 'd.nested'], empty: ['e'] });
  });

  it('finds nothing wrong with an equal catalogue', () => {
    expect(compareCatalogues({ a: { b: 'x' } }, { a: { b: 'y' } })).toEqual({ missing: [], extra: [], empty: [] });
  });
});

describe('the UI catalogues', () => {
  const dir = import.meta.dirname;
  const read = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as unknown;
  const base = read('de');

  it('German has messages', () => {
    expect(messageIds(base).size).toBeGreaterThan(500);
  });

  for (const locale of appLocales.filter((l) => l !== 'de')) {
    it(`${locale}.json holds exactly the ids of de.json`, () => {
      expect(existsSync(path.join(dir, `${locale}.json`)), `${locale}.json exists`).toBe(true);
      expect(compareCatalogues(base, read(locale))).toEqual({ missing: [], extra: [], empty: [] });
    });
  }
});
