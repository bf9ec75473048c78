import type { FormattedExecutionResult, Sink, SubscribePayload } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { type LiveProblem, type SubscribingClient, subscribeResumable, toLiveProblem } from './subscription.ts';

type Event = { meetingEvents: { seq: number; kind: string } };

/** Keeps what graphql-ws would: the payload (sent again as JSON on every reconnect) and the sink. */
function fakeClient() {
  const state: { payload?: SubscribePayload; sink?: Sink<FormattedExecutionResult<Record<string, unknown>>>; disposed: number } = {
    disposed: 0,
  };
  const client: SubscribingClient = {
    subscribe(payload, sink) {
      state.payload = payload;
      state.sink = sink as Sink<FormattedExecutionResult<Record<string, unknown>>>;
      return () => {
        state.disposed += 1;
      };
    },
  };
  const sent = () => JSON.parse(JSON.stringify(state.payload)) as { query: string; variables: Record<string, unknown> };
  const emit = (seq: number, kind = 'AGENDA_CHANGED') => state.sink?.next({ data: { meetingEvents: { seq, kind } } });
  return { client, state, sent, emit };
}

function start(after: number | null) {
  const fake = fakeClient();
  const seen: number[] = [];
  const problems: LiveProblem[] = [];
  const subscription = subscribeResumable<Event>(fake.client, {
    query: 'subscription ($id: UUID!, $after: Int) { meetingEvents(meetingId: $id, after: $after) { seq kind } }',
    variables: { id: 'm1' },
    after,
    seqOf: (data) => data.meetingEvents.seq,
    onData: (data) => seen.push(data.meetingEvents.seq),
    onError: (problem) => problems.push(problem),
  });
  return { ...fake, seen, problems, subscription };
}

describe('subscribeResumable', () => {
  it('subscribes after the sequence number the page was loaded at', () => {
    const { sent } = start(7);
    expect(sent().variables).toEqual({ id: 'm1', after: 7 });
  });

  it('resends the last sequence number it received, so a reconnect asks for exactly what was missed', () => {
    const { sent, emit, seen, subscription } = start(7);
    emit(8);
    emit(9);
    expect(seen).toEqual([8, 9]);
    expect(subscription.lastSeq).toBe(9);
    expect(sent().variables.after).toBe(9);
  });

  it('drops events it has already seen', () => {
    const { emit, seen } = start(3);
    emit(4);
    emit(4);
    emit(2);
    emit(5);
    expect(seen).toEqual([4, 5]);
  });

  it('starts from now without a sequence number and then follows the events', () => {
    const { sent, emit } = start(null);
    expect(sent().variables.after).toBeNull();
    emit(41);
    expect(sent().variables.after).toBe(41);
  });

  it('reports a refusal such as EVENTS_EXPIRED once and ignores anything after it', () => {
    const { state, emit, seen, problems } = start(1);
    state.sink?.error([{ message: 'expired', extensions: { code: 'CONFLICT', reason: 'EVENTS_EXPIRED' } }]);
    emit(2);
    expect(problems).toEqual([{ code: 'CONFLICT', reason: 'EVENTS_EXPIRED' }]);
    expect(seen).toEqual([]);
  });

  it('treats errors inside a result as the end of the subscription', () => {
    const { state, problems } = start(1);
    state.sink?.next({ errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] });
    expect(problems).toEqual([{ code: 'NOT_FOUND', reason: undefined }]);
    expect(state.disposed).toBe(1);
  });

  it('closes once', () => {
    const { state, subscription } = start(1);
    subscription.close();
    subscription.close();
    expect(state.disposed).toBe(1);
  });
});

describe('toLiveProblem', () => {
  it('reads a close event or an unknown failure as a problem without a reason', () => {
    expect(toLiveProblem({ code: 4403, reason: 'Forbidden' })).toEqual({ code: undefined, reason: undefined });
    expect(toLiveProblem(new Error('boom'))).toEqual({ code: undefined, reason: undefined });
  });
});
