/**
 * What the page shows about its live connection:
 * - `idle`: no live view is open, so no socket is needed;
 * - `connecting`: the first connection is being made;
 * - `connected`: events arrive as they happen;
 * - `reconnecting`: the connection was lost and is being made again (what was missed follows);
 * - `offline`: the browser has no network, or several tries in a row failed.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What the socket and the browser report. */
export type ConnectionEvent =
  | { type: 'connecting' }
  | { type: 'connected' }
  /** The socket closed; `wanted` when live views are still open (so it will try again). */
  | { type: 'closed'; wanted: boolean }
  | { type: 'browser-offline' }
  | { type: 'browser-online' };

/** Failed tries in a row after which the page says "offline" rather than "reconnecting". */
export const failuresBeforeOffline = 3;

/** The tracker's memory between events. */
export interface ConnectionTrack {
  socket: 'idle' | 'connecting' | 'connected' | 'closed';
  /** Whether a connection was ever made: the first try is "connecting", later ones "reconnecting". */
  everConnected: boolean;
  /** Tries since the last successful connection that ended without one. */
  failures: number;
  browserOnline: boolean;
}

export const initialTrack = (browserOnline = true): ConnectionTrack => ({
  socket: 'idle',
  everConnected: false,
  failures: 0,
  browserOnline,
});

/** The tracker's next memory after an event. */
export function track(state: ConnectionTrack, event: ConnectionEvent): ConnectionTrack {
  switch (event.type) {
    case 'connecting':
      return { ...state, socket: 'connecting' };
    case 'connected':
      return { ...state, socket: 'connected', everConnected: true, failures: 0 };
    case 'closed':
      if (!event.wanted) return { ...state, socket: 'idle', failures: 0 };
      return { ...state, socket: 'closed', failures: state.socket === 'connected' ? 0 : state.failures + 1 };
    case 'browser-offline':
      return { ...state, browserOnline: false };
    case 'browser-online':
      return { ...state, browserOnline: true };
  }
}

/** The state to show for the tracker's memory. */
export function connectionState(state: ConnectionTrack): ConnectionState {
  if (state.socket === 'idle') return 'idle';
  if (state.socket === 'connected') return 'connected';
  if (!state.browserOnline || state.failures >= failuresBeforeOffline) return 'offline';
  if (state.socket === 'connecting' && !state.everConnected && state.failures === 0) return 'connecting';
  return 'reconnecting';
}
