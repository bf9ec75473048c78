import { describe, expect, it } from 'vitest';
import { indent, lineToText, moveAmongSiblings, newClientId, othersByItem, outdent, partsToReload } from './agenda.ts';

// 1, 2 (2.1, 2.2 (2.2.1)), 3
const agenda = [
  { id: 'a', parentId: null, position: 1, depth: 0 },
  { id: 'b', parentId: null, position: 2, depth: 0 },
  { id: 'b1', parentId: 'b', position: 1, depth: 1 },
  { id: 'b2', parentId: 'b', position: 2, depth: 1 },
  { id: 'b21', parentId: 'b2', position: 1, depth: 2 },
  { id: 'c', parentId: null, position: 3, depth: 0 },
];

describe('moveAmongSiblings', () => {
  it('moves an item one place up or down among the items of its level', () => {
    expect(moveAmongSiblings(agenda, 'b', -1)).toEqual({ parentId: null, position: 1 });
    expect(moveAmongSiblings(agenda, 'b', 1)).toEqual({ parentId: null, position: 3 });
    expect(moveAmongSiblings(agenda, 'b1', 1)).toEqual({ parentId: 'b', position: 2 });
  });

  it('does nothing at either end', () => {
    expect(moveAmongSiblings(agenda, 'a', -1)).toBeUndefined();
    expect(moveAmongSiblings(agenda, 'c', 1)).toBeUndefined();
    expect(moveAmongSiblings(agenda, 'b21', 1)).toBeUndefined();
    expect(moveAmongSiblings(agenda, 'missing', 1)).toBeUndefined();
  });
});

describe('indent and outdent', () => {
  it('makes an item the last sub-item of the one before it', () => {
    expect(indent(agenda, 'c')).toEqual({ parentId: 'b', position: 3 });
    const flat = agenda.filter((a) => a.id !== 'b21');
    expect(indent(flat, 'b2')).toEqual({ parentId: 'b1', position: 1 });
  });

  it('refuses the first item, and anything that would go deeper than three levels', () => {
    expect(indent(agenda, 'a')).toBeUndefined();
    expect(indent(agenda, 'b21')).toBeUndefined();
    // b and b2 have sub-items: moved down a level they would reach a fourth one.
    expect(indent(agenda, 'b')).toBeUndefined();
    expect(indent(agenda, 'b2')).toBeUndefined();
  });

  it('moves a sub-item out, right after its former parent', () => {
    expect(outdent(agenda, 'b1')).toEqual({ parentId: null, position: 3 });
    expect(outdent(agenda, 'b21')).toEqual({ parentId: 'b', position: 3 });
    expect(outdent(agenda, 'a')).toBeUndefined();
  });
});

describe('lineToText', () => {
  it.each([
    ['- [ ] Einladung an das Jobcenter schicken', 'Einladung an das Jobcenter schicken'],
    ['* Aufgabe: Raum buchen', 'Raum buchen'],
    ['1. Beschluss: Die AG empfiehlt den Antrag', 'Die AG empfiehlt den Antrag'],
    ['## Sprachkurse', 'Sprachkurse'],
    ['> TODO: Liste verschicken', 'Liste verschicken'],
    ['   Frau Yurt klärt die Termine  ', 'Frau Yurt klärt die Termine'],
  ])('%s', (line, text) => {
    expect(lineToText(line)).toBe(text);
  });

  it('keeps an empty line empty', () => {
    expect(lineToText('- ')).toBe('');
  });
});

describe('partsToReload', () => {
  it('reloads the part an event names, and applies notes without reloading', () => {
    expect(partsToReload('AGENDA_CHANGED')).toEqual(['agenda']);
    expect(partsToReload('DECISION_CHANGED')).toEqual(['agenda']);
    expect(partsToReload('ATTENDANCE_CHANGED')).toEqual(['participants']);
    expect(partsToReload('MEETING_CHANGED')).toEqual(['header']);
    expect(partsToReload('AMENDMENT_ADDED')).toEqual(['header']);
    expect(partsToReload('PRESENCE_CHANGED')).toEqual(['presence']);
    expect(partsToReload('NOTES_UPDATED')).toEqual([]);
  });
});

describe('othersByItem', () => {
  it('groups the others by item and leaves this page out', () => {
    const byItem = othersByItem(
      [
        { clientId: 'me', agendaItemId: 'a', displayName: 'Ich' },
        { clientId: 'x', agendaItemId: 'a', displayName: 'Elif Yurt' },
        { clientId: 'y', agendaItemId: null, displayName: 'Kerem Aksoy' },
      ],
      'me',
    );
    expect(byItem.get('a')?.map((p) => p.displayName)).toEqual(['Elif Yurt']);
    expect(byItem.get('')?.map((p) => p.displayName)).toEqual(['Kerem Aksoy']);
  });
});

describe('newClientId', () => {
  it('fits the API’s rule for client ids', () => {
    expect(newClientId()).toMatch(/^[\w-]{8,64}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});
