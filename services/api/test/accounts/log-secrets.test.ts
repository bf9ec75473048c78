import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggablePath } from '../../src/logging/logger.js';
import { databaseLabel } from '../support/database.js';
import { type Harness, startHarness } from '../support/harness.js';

const linkToken = (text: string | undefined, route: string) => {
  const match = new RegExp(`https://verbund\\.lindenau\\.example/${route}/([\\w-]+)`).exec(text ?? '');
  if (!match?.[1]) throw new Error(`no ${route} link in the mail`);
  return match[1];
};

describe(`no link token reaches the log (${databaseLabel})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PUBLIC_URL: 'https://verbund.lindenau.example' }, { captureLogs: true });
    await h.reset();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('logs invitation and reset mails, link pages and logins without their tokens', async () => {
    const admin = await h.client().login('admin@test.example');
    await admin.ok('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email: 'neu@test.example', role: 'MEMBER' },
    });
    const invitation = linkToken(h.outbox.at(-1)?.text, 'invitation');
    // The browser opens the link: the page request is logged, its path without the token.
    await fetch(`${h.url}/invitation/${invitation}`);
    const newcomer = h.client();
    await newcomer.ok('query($t: String!) { invitationPreview(token: $t) { email } }', { t: invitation });
    await newcomer.ok('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
      input: { token: invitation, displayName: 'Neue Person', password: 'sicheres passwort 1' },
    });
    // An unexpected failure is logged in full; its token must not be in it either.
    await newcomer.request('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
      input: { token: invitation, displayName: 'Neue Person', password: 'sicheres passwort 1' },
    });

    await h.client().ok('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: 'member@test.example' });
    const reset = linkToken(h.outbox.at(-1)?.text, 'reset-password');
    await fetch(`${h.url}/reset-password/${reset}?from=mail`);
    await h.client().ok('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }', {
      t: reset,
      p: 'mein neues Passwort',
    });
    await h.client().request('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }', {
      t: reset,
      p: 'noch ein Passwort',
    });
    const member = await h.client().login('member@test.example', 'mein neues Passwort');
    await h.client().request('mutation { login(email: "member@test.example", password: "falsch") { id } }');
    const session = (member.cookie ?? '').split('=')[1] ?? '';
    const adminSession = (admin.cookie ?? '').split('=')[1] ?? '';

    // The reset mail is sent without waiting for it; wait for its log line.
    await expect.poll(() => h.logLines.filter((line) => line.includes('mail written to outbox')).length).toBe(2);

    const entries = h.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mails = entries.filter((e) => e.msg === 'mail written to outbox (no SMTP configured)');
    expect(mails.map((e) => e.to)).toEqual(['neu@test.example', 'member@test.example']);
    for (const mail of mails) expect(Object.keys(mail).sort()).toEqual(['file', 'level', 'msg', 'service', 'subject', 'time', 'to']);
    const paths = entries.filter((e) => e.msg === 'request').map((e) => e.path);
    expect(paths).toContain('/invitation/[redacted]');
    expect(paths).toContain('/reset-password/[redacted]');

    for (const secret of [invitation, reset, session, adminSession]) {
      expect(secret.length).toBeGreaterThan(20);
      const leaks = h.logLines.filter((line) => line.includes(secret));
      expect(leaks, `a log line contains a secret: ${leaks[0]}`).toEqual([]);
    }

    // The mail itself still carries the link: the outbox files are the delivery.
    const dir = h.config.mail.outboxDir;
    const files = await Promise.all((await readdir(dir)).map((f) => readFile(path.join(dir, f), 'utf8')));
    expect(files.some((f) => f.includes(`/invitation/${invitation}`))).toBe(true);
    expect(files.some((f) => f.includes(`/reset-password/${reset}`))).toBe(true);
  });

  it('strips tokens from link paths only', () => {
    expect(loggablePath('/reset-password/abc-DEF_123')).toBe('/reset-password/[redacted]');
    expect(loggablePath('/invitation/abc?x=1')).toBe('/invitation/[redacted]?x=1');
    expect(loggablePath('/reset-password')).toBe('/reset-password');
    expect(loggablePath('/api/agreement-documents/0f8a')).toBe('/api/agreement-documents/0f8a');
    expect(loggablePath(['resetPassword'])).toEqual(['resetPassword']);
  });
});
