import { describe, expect, it } from 'vitest';
import { toTsQuery } from './organisation.search.js';

describe('toTsQuery', () => {
  it('turns words into a German prefix query', () => {
    expect(toTsQuery('Sprachkurs  arab')).toBe('Sprachkurs:* & arab:*');
  });

  it('drops query syntax so user text can never break the query', () => {
    expect(toTsQuery("Café & (Jugend) | !'x':*")).toBe('Café:* & Jugend:* & x:*');
    expect(toTsQuery(' !&| ')).toBeUndefined();
    expect(toTsQuery(null)).toBeUndefined();
  });
});
