import type { NetworkEdgeKind, NetworkNodeKind, OrganisationKind, Sector } from '#lib/graphql/enums.ts';

/*
 * The actor map's fixed colours. Every colour used for a category has at least
 * 3:1 contrast on white (WCAG 1.4.11), the hues follow Okabe–Ito and Paul Tol's
 * colour-blind-safe sets, and the legend always names them: colour is never the
 * only way to tell actors apart (the table and the details panel say it in words).
 */

export const sectorColours: Record<Sector, string> = {
  PUBLIC_ADMINISTRATION: '#0072B2',
  WELFARE: '#D55E00',
  CIVIL_SOCIETY: '#009E73',
  MIGRANT_SELF_ORGANISATION: '#CC79A7',
  FAITH: '#8C6D00',
  EDUCATION: '#6A3D9A',
  BUSINESS: '#5E5E5E',
};

export const organisationKindColours: Record<OrganisationKind, string> = {
  MUNICIPAL_DEPARTMENT: '#0072B2',
  PUBLIC_AGENCY: '#332288',
  WELFARE_ASSOCIATION: '#D55E00',
  ASSOCIATION: '#009E73',
  MIGRANT_ORGANISATION: '#CC79A7',
  VOLUNTEER_INITIATIVE: '#882255',
  CHURCH_OR_PARISH: '#8C6D00',
  EDUCATION_PROVIDER: '#6A3D9A',
  EMPLOYER_OR_CHAMBER: '#5E5E5E',
  OTHER: '#949494',
};

/** People and bodies when colouring by kind; organisations take their organisation kind's colour. */
export const nodeKindColours: Record<Exclude<NetworkNodeKind, 'ORGANISATION'>, string> = {
  PERSON: '#A05A2C',
  BODY: '#00838F',
};

/** Communities take these in order (0 is the largest); the rest share {@link otherColour}. */
export const communityColours = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8C6D00',
  '#6A3D9A',
  '#00838F',
  '#C62828',
  '#558B2F',
  '#332288',
  '#A05A2C',
  '#AD1457',
] as const;

/** Actors without the coloured property (a body has no sector) and the smaller communities. */
export const otherColour = '#949494';

export const edgeKindColours: Record<NetworkEdgeKind, string> = {
  CO_MEMBERSHIP: '#4477AA',
  AGREEMENT: '#AA3377',
  CO_ATTENDANCE: '#228833',
  TANDEM: '#B8860B',
  AFFILIATION: '#777777',
  BODY_MEMBERSHIP: '#00838F',
  BODY_HIERARCHY: '#332288',
};

/** Actors and ties outside the focused neighbourhood. */
export const fadedColour = '#dfe3e8';

/** The ring of the actor moved to with the keyboard or opened, and of new actors. */
export const currentRingColour = '#1d4ed8';
export const newRingColour = '#1c2127';

export const communityColour = (community: number): string => communityColours[community] ?? otherColour;
