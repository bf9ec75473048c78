import type { MeetingEventKind } from '#lib/graphql/enums.ts';

/** The least an agenda item needs for the helpers below. */
export interface AgendaEntry {
  id: string;
  parentId?: string | null;
  position: number;
  depth: number;
}

/** Where `moveAgendaItem` should put an item. */
export interface AgendaPlace {
  parentId: string | null;
  position: number;
}

/** Sub-items go at most this deep (1, 1.1, 1.1.1): depth 0, 1, 2. */
export const maxAgendaDepth = 2;

const siblingsOf = (agenda: readonly AgendaEntry[], parentId: string | null) =>
  agenda.filter((a) => (a.parentId ?? null) === parentId).sort((a, b) => a.position - b.position);

/** One place up (-1) or down (+1) among the item's siblings; undefined at either end. */
export function moveAmongSiblings(agenda: readonly AgendaEntry[], id: string, direction: -1 | 1): AgendaPlace | undefined {
  const item = agenda.find((a) => a.id === id);
  if (!item) return undefined;
  const parentId = item.parentId ?? null;
  const siblings = siblingsOf(agenda, parentId);
  const index = siblings.findIndex((s) => s.id === id);
  const target = index + direction;
  if (target < 0 || target >= siblings.length) return undefined;
  return { parentId, position: target + 1 };
}

/** Makes the item the last sub-item of the item before it; undefined for the first item or too deep. */
export function indent(agenda: readonly AgendaEntry[], id: string): AgendaPlace | undefined {
  const item = agenda.find((a) => a.id === id);
  if (!item || item.depth >= maxAgendaDepth || subtreeDepth(agenda, id) + item.depth + 1 > maxAgendaDepth) return undefined;
  const siblings = siblingsOf(agenda, item.parentId ?? null);
  const before = siblings[siblings.findIndex((s) => s.id === id) - 1];
  if (!before) return undefined;
  return { parentId: before.id, position: siblingsOf(agenda, before.id).length + 1 };
}

/** Makes a sub-item an item of the level above, right after its former parent. */
export function outdent(agenda: readonly AgendaEntry[], id: string): AgendaPlace | undefined {
  const item = agenda.find((a) => a.id === id);
  const parent = item?.parentId ? agenda.find((a) => a.id === item.parentId) : undefined;
  if (!parent) return undefined;
  return { parentId: parent.parentId ?? null, position: parent.position + 1 };
}

/** How many levels of sub-items hang below an item (0 when none). */
function subtreeDepth(agenda: readonly AgendaEntry[], id: string): number {
  const children = agenda.filter((a) => a.parentId === id);
  return children.length === 0 ? 0 : 1 + Math.max(...children.map((c) => subtreeDepth(agenda, c.id)));
}

/**
 * A line of the notes as the title of a task or the text of a decision:
 * without Markdown list, checkbox, heading or quote marks, and without a
 * leading "Aufgabe:"/"Beschluss:" label.
 */
export function lineToText(line: string): string {
  return line
    .replace(/^\s*(?:>\s*)*/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\[[ xX]\]\s+/, '')
    .replace(/^(?:aufgabe|beschluss|todo|task|decision)\s*:\s*/i, '')
    .trim();
}

/** What part of the meeting page an event makes stale. */
export type MeetingPart = 'header' | 'agenda' | 'participants' | 'presence';

/** The parts to load again after an event (notes updates are applied, not reloaded). */
export function partsToReload(kind: MeetingEventKind): MeetingPart[] {
  switch (kind) {
    case 'AGENDA_CHANGED':
    case 'AGENDA_ITEM_CHANGED':
    case 'DECISION_CHANGED':
      return ['agenda'];
    case 'ATTENDANCE_CHANGED':
      return ['participants'];
    case 'MEETING_CHANGED':
    case 'AMENDMENT_ADDED':
      return ['header'];
    case 'PRESENCE_CHANGED':
      return ['presence'];
    case 'NOTES_UPDATED':
      return [];
  }
}

/** The others who have the meeting open (this page left out), by the item they are at (`''` for none). */
export function othersByItem<P extends { clientId: string; agendaItemId?: string | null }>(
  presence: readonly P[],
  ownClientId: string,
): Map<string, P[]> {
  const byItem = new Map<string, P[]>();
  for (const p of presence) {
    if (p.clientId === ownClientId) continue;
    const key = p.agendaItemId ?? '';
    byItem.set(key, [...(byItem.get(key) ?? []), p]);
  }
  return byItem;
}

/** A fresh id for this page: names it in presence and lets it skip its own notes events. */
export function newClientId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'web-';
  for (let i = 0; i < 16; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}
