import { type Sector, sectors } from '#lib/graphql/enums.ts';

/** The least a tandem needs for the overview: its leads' organisations' sectors and whether it is complete. */
export interface TandemLike {
  complete: boolean;
  leads: readonly { organisation?: { sector: Sector } | null }[];
}

/** How often leads from two sectors lead a body together: `counts[a][b]`, the same as `counts[b][a]`. */
export interface SectorMatrix {
  /** The sectors that have at least one lead, in the UI's order. */
  sectors: Sector[];
  counts: Record<Sector, Record<Sector, number>>;
  /** Pairs of leads counted (a tandem of three counts three pairs). */
  pairs: number;
}

const zeros = (): Record<Sector, number> => Object.fromEntries(sectors.map((sector) => [sector, 0])) as Record<Sector, number>;

/**
 * Counts, over all tandems, each pair of leads by their organisations'
 * sectors. Leads without a (visible) organisation have no sector and are left
 * out; two leads of one sector count on the diagonal.
 */
export function sectorMatrix(tandems: readonly TandemLike[]): SectorMatrix {
  const counts = Object.fromEntries(sectors.map((sector) => [sector, zeros()])) as Record<Sector, Record<Sector, number>>;
  const present = new Set<Sector>();
  let pairs = 0;
  for (const tandem of tandems) {
    const leadSectors = tandem.leads.flatMap((lead) => (lead.organisation ? [lead.organisation.sector] : []));
    for (const sector of leadSectors) present.add(sector);
    for (let i = 0; i < leadSectors.length; i++)
      for (let j = i + 1; j < leadSectors.length; j++) {
        const a = leadSectors[i] as Sector;
        const b = leadSectors[j] as Sector;
        counts[a][b]++;
        if (a !== b) counts[b][a]++;
        pairs++;
      }
  }
  return { sectors: sectors.filter((sector) => present.has(sector)), counts, pairs };
}

/** Two sectors whose leads lead together: a cell of the matrix. */
export type SectorPair = readonly [Sector, Sector];

/** Whether a tandem has two leads from these sectors (two from one sector, when both are the same). */
export function hasPair(tandem: TandemLike, [a, b]: SectorPair): boolean {
  const leadSectors = tandem.leads.flatMap((lead) => (lead.organisation ? [lead.organisation.sector] : []));
  if (a === b) return leadSectors.filter((sector) => sector === a).length >= 2;
  return leadSectors.includes(a) && leadSectors.includes(b);
}

/** The tandems to list: all, only those without a complete set of leads, and/or those of a matrix cell. */
export const tandemsToShow = <T extends TandemLike>(tandems: readonly T[], onlyIncomplete: boolean, pair?: SectorPair): T[] =>
  tandems.filter((tandem) => (!onlyIncomplete || !tandem.complete) && (!pair || hasPair(tandem, pair)));

/** Reads a matrix cell from the URL (`?pair=WELFARE.PUBLIC_ADMINISTRATION`). */
export function readPair(value: string | null): SectorPair | undefined {
  const [a, b, ...rest] = (value ?? '').split('.');
  const first = sectors.find((sector) => sector === a);
  const second = sectors.find((sector) => sector === b);
  return first && second && rest.length === 0 ? [first, second] : undefined;
}

export const writePair = ([a, b]: SectorPair): string => `${a}.${b}`;

/** Where the leads sit in a tandem's little drawing (a 100 × 80 box): a pair side by side, three as a triangle. */
export function leadPositions(count: number): { x: number; y: number }[] {
  if (count <= 0) return [];
  if (count === 1) return [{ x: 50, y: 40 }];
  if (count === 2)
    return [
      { x: 22, y: 40 },
      { x: 78, y: 40 },
    ];
  if (count === 3)
    return [
      { x: 50, y: 14 },
      { x: 20, y: 66 },
      { x: 80, y: 66 },
    ];
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    return { x: 50 + 32 * Math.cos(angle), y: 40 + 28 * Math.sin(angle) };
  });
}
