import { LockMode } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import * as Y from 'yjs';
import { ensure, policy } from '../../auth/policy.js';
import type { Scope } from '../../auth/scope.js';
import type { EntityManager } from '../../db/orm.js';
import { DomainError, ErrorCode, notFound } from '../../errors/domain-error.js';
import type { LiveEvents } from '../../realtime/live-events.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { actorName } from '../body/body.service.js';
import { AgendaItem, Meeting, NoteUpdate } from './meeting.entity.js';
import { noteUpdateSchema } from './meeting.inputs.js';
import { NOTES_TEXT } from './meeting.rules.js';
import { ensureMinutesOpen, meetingAccess } from './meeting.service.js';
import { about, MeetingEventKind, meetingTopic } from './meeting.topics.js';

/** Notes longer than this are refused (about 60 printed pages). */
const MAX_NOTES_CHARS = 200_000;
/** Updates kept before they are merged into the item's stored state. */
const COMPACT_AFTER = 50;

const malformed = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'update', reason: 'MALFORMED_UPDATE' });

/** What a notes edit leaves behind. */
export interface NotesResult {
  agendaItemId: string;
  text: string;
  revision: number;
  seq: number;
}

/**
 * Notes of agenda items, written together live. Each edit is a Yjs update:
 * the server checks the writer's right on every one, applies it to the
 * item's document (refusing anything that is not a well-formed update of the
 * notes text), stores it, keeps the Markdown snapshot current and hands the
 * update to every subscriber as an event. Updates are merged into the
 * stored state every `COMPACT_AFTER` edits.
 */
export class NotesService {
  /** Documents by item, valid while their revision is the item's (another process may have written since). */
  private readonly docs = new LRUCache<string, { revision: number; doc: Y.Doc }>({ max: 200 });

  constructor(private readonly live: LiveEvents) {}

  async edit(scope: Scope, agendaItemId: string, updateBase64: string, clientId?: string | null): Promise<NotesResult> {
    ensure(scope.actor.kind === 'user', scope.actor);
    const update = Buffer.from(parseInput(noteUpdateSchema, updateBase64, 'update'), 'base64');
    try {
      Y.decodeUpdate(update);
    } catch {
      throw malformed('The update is not a Yjs update');
    }
    let result: NotesResult | undefined;
    await this.live
      .write(scope.em, async (em, events) => {
        const item = isUuid(agendaItemId)
          ? await em.findOne(AgendaItem, { id: agendaItemId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (!item) throw notFound('AgendaItem', agendaItemId);
        const meeting = await em.findOneOrFail(Meeting, item.meeting.id);
        // Checked on every update, not once per connection: a member who left the body stops writing here.
        ensure(
          policy.writeMinutes(scope.actor, await meetingAccess(em, meeting)),
          scope.actor,
          'Only the body’s members and the meeting’s participants write its minutes',
        );
        ensureMinutesOpen(meeting);
        // The update goes into a copy first: a refused one leaves the document as it was.
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(await this.document(em, item)));
          Y.applyUpdate(doc, update);
        } catch {
          throw malformed('The update could not be applied');
        }
        const foreign = [...doc.share.keys()].some((k) => k !== NOTES_TEXT);
        const dangling = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
        const text = doc.getText(NOTES_TEXT).toString();
        if (foreign) throw malformed(`Notes hold one text named "${NOTES_TEXT}" and nothing else`);
        if (dangling)
          throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The update builds on changes the server does not have; send the full state', {
            field: 'update',
            reason: 'UPDATE_OUT_OF_ORDER',
          });
        if (text.length > MAX_NOTES_CHARS)
          throw new DomainError(ErrorCode.BAD_USER_INPUT, `Notes may be at most ${MAX_NOTES_CHARS} characters`, {
            field: 'update',
            reason: 'TOO_LONG',
          });
        item.notesText = text;
        item.notesRevision += 1;
        if (item.notesPending + 1 >= COMPACT_AFTER) {
          item.notesState = Buffer.from(Y.encodeStateAsUpdate(doc));
          item.notesPending = 0;
          await em.nativeDelete(NoteUpdate, { agendaItem: item });
        } else {
          item.notesPending += 1;
          em.create(NoteUpdate, { agendaItem: item, update, authorName: actorName(scope) });
        }
        await em.flush();
        const event = await events.append(meetingTopic(meeting.id), MeetingEventKind.NOTES_UPDATED, about.minutes(item.id), {
          agendaItemId: item.id,
          update: updateBase64,
          clientId: clientId ?? null,
          revision: item.notesRevision,
        });
        this.docs.set(item.id, { revision: item.notesRevision, doc });
        result = { agendaItemId: item.id, text, revision: item.notesRevision, seq: event.seq };
      })
      .catch((error) => {
        // A failed transaction may have left the cached document ahead of the database.
        this.docs.delete(agendaItemId);
        throw error;
      });
    return result as NotesResult;
  }

  /** The full state of an item's notes as one Yjs update: stored state and the updates since. */
  static async state(em: EntityManager, itemId: string): Promise<Uint8Array> {
    const item = await em.findOneOrFail(AgendaItem, itemId);
    const updates = await em.find(NoteUpdate, { agendaItem: item }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return Y.mergeUpdates([...(item.notesState ? [item.notesState] : []), ...updates.map((u) => u.update)]);
  }

  private async document(em: EntityManager, item: AgendaItem): Promise<Y.Doc> {
    const cached = this.docs.get(item.id);
    if (cached && cached.revision === item.notesRevision) return cached.doc;
    const doc = new Y.Doc({ gc: true });
    if (item.notesState) Y.applyUpdate(doc, item.notesState);
    const updates = await em.find(NoteUpdate, { agendaItem: item }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    for (const u of updates) Y.applyUpdate(doc, u.update);
    return doc;
  }
}
