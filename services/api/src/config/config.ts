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
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((o) => /^https?:\/\/[^\s/]+$/.test(o.trim())), {
      message: 'must be a comma-separated list of origins such as https://verbund.example',
    }),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(10000).default(50),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  GRAPHQL_LIMITS: z.enum(['on', 'off']).default('on'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(4000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(100_000_000).default(100_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  INTROSPECTION: z.enum(['everyone', 'members', 'nobody']).optional(),
  SQL_COUNT_HEADER: booleanish.optional(),
  WS_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(1000).default(10),
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(1000).default(25),
  REALTIME_BUS: z.enum(['auto', 'local', 'postgres', 'redis']).default('auto'),
  REALTIME_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  REALTIME_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
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
  /** Failed logins allowed per account name and per client address within the window. */
  login: { maxAttempts: number; windowSeconds: number; maxAttemptsPerAddress: number };
  mail: { smtpUrl: string | undefined; from: string; outboxDir: string };
  webDir: string;
  secureCookies: boolean;
  /** How long anonymous directory answers may be served from memory; 0 turns the cache off. */
  publicCacheSeconds: number;
  /** Where uploaded documents (of agreements, needs, fund applications) are stored, and how large one may be. */
  documents: { dir: string; maxBytes: number };
  /** Origins (scheme://host[:port]) whose browser pages may call the API with the session cookie. */
  allowedOrigins: readonly string[];
  /** Redis for state shared by several API processes (login and reset throttling); without it PostgreSQL, or memory on the embedded database. */
  redisUrl: string | undefined;
  /** How long a password reset link stays valid. */
  passwordResetTtlMinutes: number;
  /** Bounds on every GraphQL operation; `enabled: false` only for benchmarks that measure their cost. */
  graphql: {
    limitsEnabled: boolean;
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    /** Who may run introspection queries. */
    introspection: 'everyone' | 'members' | 'nobody';
  };
  /** Time budget of one request; statements running longer are cancelled. */
  requestTimeoutMs: number;
  websocket: { maxSocketsPerSession: number; maxSubscriptionsPerSocket: number };
  /**
   * Live events: how they reach the other API processes (`auto`: Redis with
   * `REDIS_URL`, else LISTEN/NOTIFY on a PostgreSQL server, else memory), how
   * long the event log keeps them, and how often followed topics are compared
   * with the log in case an announcement was lost.
   */
  realtime: { bus: 'auto' | 'local' | 'postgres' | 'redis'; retentionDays: number; pollMs: number };
  /** Whether answers carry `x-sql-statements` (default: outside production); benchmarks turn it on in production. */
  sqlCountHeader: boolean;
}

/**
 * The configured origins, or the public URL's origin. `localhost` and `127.0.0.1`
 * name the same machine, so the default allows both spellings of the local address.
 */
function allowedOrigins(list: string | undefined, publicUrl: string): string[] {
  if (list?.trim()) return list.split(',').map((o) => new URL(o.trim()).origin);
  const origin = new URL(publicUrl).origin;
  const local = origin.replace('//127.0.0.1', '//localhost');
  return [...new Set([origin, local, local.replace('//localhost', '//127.0.0.1')])];
}

/** The base of links in mails: `PUBLIC_URL`, or the server's own address; without a trailing slash. */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  return (config.publicUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, '');
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
    login: {
      maxAttempts: c.LOGIN_MAX_ATTEMPTS,
      windowSeconds: c.LOGIN_WINDOW_SECONDS,
      maxAttemptsPerAddress: c.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
    },
    mail: { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    webDir: path.resolve(c.WEB_DIR ?? path.join(repoRoot, 'web/build')),
    secureCookies: c.NODE_ENV === 'production',
    publicCacheSeconds: c.PUBLIC_CACHE_SECONDS,
    documents: { dir: path.resolve(c.DOCUMENTS_DIR ?? path.join(dataDir, 'documents')), maxBytes: Math.round(c.MAX_UPLOAD_MB * 1048576) },
    allowedOrigins: allowedOrigins(c.ALLOWED_ORIGINS, c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`),
    redisUrl: c.REDIS_URL,
    passwordResetTtlMinutes: c.PASSWORD_RESET_TTL_MINUTES,
    graphql: {
      limitsEnabled: c.GRAPHQL_LIMITS === 'on',
      maxDepth: c.GRAPHQL_MAX_DEPTH,
      maxAliases: c.GRAPHQL_MAX_ALIASES,
      maxDirectives: c.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: c.GRAPHQL_MAX_TOKENS,
      maxCost: c.GRAPHQL_MAX_COST,
      introspection: c.INTROSPECTION ?? (c.NODE_ENV === 'production' ? 'members' : 'everyone'),
    },
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    websocket: { maxSocketsPerSession: c.WS_MAX_SOCKETS_PER_SESSION, maxSubscriptionsPerSocket: c.WS_MAX_SUBSCRIPTIONS_PER_SOCKET },
    realtime: { bus: c.REALTIME_BUS, retentionDays: c.REALTIME_RETENTION_DAYS, pollMs: c.REALTIME_POLL_MS },
    sqlCountHeader: c.SQL_COUNT_HEADER ?? c.NODE_ENV !== 'production',
  };
}
