import { describe, expect, it } from 'vitest';
import { summary } from './meta.ts';

describe('summary', () => {
  it('keeps short texts, with whitespace runs folded', () => {
    expect(summary('  Beratung\n\nfür   Familien ')).toBe('Beratung für Familien');
  });

  it('cuts long texts at a word, within the length', () => {
    const text = `${'Beratung für Familien, '.repeat(12)}Ende.`;
    const cut = summary(text);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).not.toMatch(/, …$/);
    expect(text.startsWith(cut.slice(0, -2))).toBe(true);
  });
});
