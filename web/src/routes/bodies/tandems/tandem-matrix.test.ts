import { describe, expect, it } from 'vitest';
import type { Sector } from '#lib/graphql/enums.ts';
import { hasPair, leadPositions, readPair, sectorMatrix, tandemsToShow, writePair } from './tandem-matrix.ts';

const tandem = (complete: boolean, ...leadSectors: (Sector | null)[]) => ({
  complete,
  leads: leadSectors.map((sector) => ({ organisation: sector ? { sector } : null })),
});

describe('sectorMatrix', () => {
  it('counts each pair of leads by sector, symmetric, same sectors on the diagonal', () => {
    const matrix = sectorMatrix([
      tandem(true, 'WELFARE', 'PUBLIC_ADMINISTRATION'),
      tandem(true, 'PUBLIC_ADMINISTRATION', 'WELFARE'),
      tandem(true, 'WELFARE', 'WELFARE'),
      tandem(true, 'WELFARE', 'MIGRANT_SELF_ORGANISATION', 'FAITH'),
    ]);
    expect(matrix.counts.WELFARE.PUBLIC_ADMINISTRATION).toBe(2);
    expect(matrix.counts.PUBLIC_ADMINISTRATION.WELFARE).toBe(2);
    expect(matrix.counts.WELFARE.WELFARE).toBe(1);
    expect(matrix.counts.FAITH.MIGRANT_SELF_ORGANISATION).toBe(1);
    expect(matrix.counts.WELFARE.FAITH).toBe(1);
    expect(matrix.pairs).toBe(6);
    expect(matrix.sectors).toEqual(['PUBLIC_ADMINISTRATION', 'WELFARE', 'MIGRANT_SELF_ORGANISATION', 'FAITH']);
  });

  it('leaves out leads without a visible organisation, and tandems of one', () => {
    const matrix = sectorMatrix([tandem(false, 'WELFARE', null), tandem(false, 'EDUCATION'), tandem(false)]);
    expect(matrix.pairs).toBe(0);
    expect(matrix.sectors).toEqual(['WELFARE', 'EDUCATION']);
    expect(matrix.counts.WELFARE.EDUCATION).toBe(0);
  });
});

describe('tandem list', () => {
  it('shows all tandems, or only the incomplete ones', () => {
    const list = [tandem(true, 'WELFARE', 'FAITH'), tandem(false, 'WELFARE')];
    expect(tandemsToShow(list, false)).toHaveLength(2);
    expect(tandemsToShow(list, true)).toEqual([list[1]]);
  });

  it('shows the tandems of a matrix cell', () => {
    const list = [tandem(true, 'WELFARE', 'FAITH'), tandem(true, 'WELFARE', 'WELFARE'), tandem(false, 'FAITH', 'WELFARE', 'EDUCATION')];
    expect(tandemsToShow(list, false, ['FAITH', 'WELFARE'])).toEqual([list[0], list[2]]);
    expect(tandemsToShow(list, true, ['FAITH', 'WELFARE'])).toEqual([list[2]]);
    expect(hasPair(list[1] as (typeof list)[number], ['WELFARE', 'WELFARE'])).toBe(true);
    expect(hasPair(list[0] as (typeof list)[number], ['WELFARE', 'WELFARE'])).toBe(false);
  });

  it('reads and writes a matrix cell in the URL, dropping what is not one', () => {
    expect(readPair(writePair(['WELFARE', 'FAITH']))).toEqual(['WELFARE', 'FAITH']);
    expect(readPair('WELFARE')).toBeUndefined();
    expect(readPair('WELFARE.NOPE')).toBeUndefined();
    expect(readPair(null)).toBeUndefined();
  });

  it('places a pair side by side and three leads as a triangle', () => {
    expect(leadPositions(0)).toEqual([]);
    expect(leadPositions(2).map((p) => p.y)).toEqual([40, 40]);
    const triangle = leadPositions(3);
    expect(new Set(triangle.map((p) => `${p.x},${p.y}`)).size).toBe(3);
    expect(leadPositions(4)).toHaveLength(4);
  });
});
