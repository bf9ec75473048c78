import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('starts a fresh clone with the embedded database and the demo city', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(4000);
    expect(config.secureCookies).toBe(false);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, and secure cookies in production', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/verbund', NODE_ENV: 'production' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/verbund' });
    expect(config.secureCookies).toBe(true);
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', MAIL_FROM: 'nobody' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'MAIL_FROM']) expect(problems).toContain(variable);
  });
});
