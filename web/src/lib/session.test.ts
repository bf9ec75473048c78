import { describe, expect, it } from 'vitest';
import { loginHref, safeRedirect } from './session.ts';

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/organisations/1/edit?x=1')).toBe('/organisations/1/edit?x=1');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)'])('sends %s home', (target) => {
    expect(safeRedirect(target)).toBe('/');
  });
});

describe('loginHref', () => {
  it('remembers where to come back to', () => {
    expect(loginHref('/admin/users')).toBe('/login?redirect=%2Fadmin%2Fusers');
    expect(loginHref('/')).toBe('/login');
  });
});
