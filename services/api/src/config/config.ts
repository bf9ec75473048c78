import path from 'node:path';
import { z } from 'zod';

/** Folder the API package lives in; relative defaults resolve against the repository root. */
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

const booleanish = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: optionalUrl(['http', 'https']),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  DEMO_SEED: booleanish.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  PROFILE_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  MAIL_FROM: z.email().default('verbund@localhost.localdomain'),
  WEB_DIR: z.string().optional(),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  DOCUMENTS_DIR: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().min(0.001).max(1024).default(10),
});

/** The validated, typed configuration every part of the API reads. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string | undefined;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  demoSeed: boolean;
  logLevel: string;
  sessionTtlHours: number;
  invitationTtlHours: number;
  profileStaleAfterDays: number;
  login: { maxAttempts: number; windowSeconds: number };
  mail: { smtpUrl: string | undefined; from: string; outboxDir: string };
  webDir: string;
  secureCookies: boolean;
  /** How long anonymous directory answers may be served from memory; 0 turns the cache off. */
  publicCacheSeconds: number;
  /** Where agreement documents are stored, and how large one may be. */
  documents: { dir: string; maxBytes: number };
}

/** Thrown when environment variables are invalid; lists every bad variable at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Defaults make a fresh clone start
 * with the embedded database in `./data` and the demo city loaded.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl: c.PUBLIC_URL,
    database: c.DATABASE_URL ? { kind: 'postgres', url: c.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    demoSeed: c.DEMO_SEED,
    logLevel: c.LOG_LEVEL,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    invitationTtlHours: c.INVITATION_TTL_HOURS,
    profileStaleAfterDays: c.PROFILE_STALE_AFTER_DAYS,
    login: { maxAttempts: c.LOGIN_MAX_ATTEMPTS, windowSeconds: c.LOGIN_WINDOW_SECONDS },
    mail: { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    webDir: path.resolve(c.WEB_DIR ?? path.join(repoRoot, 'web/build')),
    secureCookies: c.NODE_ENV === 'production',
    publicCacheSeconds: c.PUBLIC_CACHE_SECONDS,
    documents: { dir: path.resolve(c.DOCUMENTS_DIR ?? path.join(dataDir, 'documents')), maxBytes: Math.round(c.MAX_UPLOAD_MB * 1048576) },
  };
}
