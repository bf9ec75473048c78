import { describe, expect, it } from 'vitest';
import { type ConnectionEvent, connectionState, failuresBeforeOffline, initialTrack, track } from './connection.ts';

const run = (...events: ConnectionEvent[]) => connectionState(events.reduce(track, initialTrack()));

describe('connection state', () => {
  it('is idle until a live view needs the socket, then connecting, then connected', () => {
    expect(run()).toBe('idle');
    expect(run({ type: 'connecting' })).toBe('connecting');
    expect(run({ type: 'connecting' }, { type: 'connected' })).toBe('connected');
  });

  it('says reconnecting after a lost connection, and connected again once it is back', () => {
    const lost: ConnectionEvent[] = [{ type: 'connecting' }, { type: 'connected' }, { type: 'closed', wanted: true }];
    expect(run(...lost)).toBe('reconnecting');
    expect(run(...lost, { type: 'connecting' })).toBe('reconnecting');
    expect(run(...lost, { type: 'connecting' }, { type: 'connected' })).toBe('connected');
  });

  it('says offline when the browser is, whatever the socket does, until the network is back', () => {
    expect(run({ type: 'connecting' }, { type: 'connected' }, { type: 'browser-offline' }, { type: 'closed', wanted: true })).toBe(
      'offline',
    );
    expect(run({ type: 'connecting' }, { type: 'browser-offline' }, { type: 'closed', wanted: true }, { type: 'browser-online' })).toBe(
      'reconnecting',
    );
  });

  it('says offline after several failed tries in a row, and starts counting again after a success', () => {
    const fail: ConnectionEvent[] = [{ type: 'connecting' }, { type: 'closed', wanted: true }];
    const failures = Array.from({ length: failuresBeforeOffline }, () => fail).flat();
    expect(run(...failures.slice(0, -2))).toBe('reconnecting');
    expect(run(...failures)).toBe('offline');
    expect(run(...failures, { type: 'connecting' }, { type: 'connected' }, { type: 'closed', wanted: true })).toBe('reconnecting');
  });

  it('is idle again when the last live view closed the socket', () => {
    expect(run({ type: 'connecting' }, { type: 'connected' }, { type: 'closed', wanted: false })).toBe('idle');
  });
});
