import { describe, expect, it } from 'vitest';
import { loopbackOrigin } from './web-app.js';

describe('loopbackOrigin', () => {
  it('reaches a server on every interface through loopback', () => {
    expect(loopbackOrigin('0.0.0.0', 4000)).toBe('http://127.0.0.1:4000');
    expect(loopbackOrigin('::', 4000)).toBe('http://[::1]:4000');
  });

  it('uses the address a server listens on otherwise, IPv6 in brackets', () => {
    expect(loopbackOrigin('127.0.0.1', 51234)).toBe('http://127.0.0.1:51234');
    expect(loopbackOrigin('10.0.0.5', 80)).toBe('http://10.0.0.5:80');
    expect(loopbackOrigin('fd00::1', 4000)).toBe('http://[fd00::1]:4000');
    expect(loopbackOrigin('localhost', 4000)).toBe('http://localhost:4000');
  });
});
