import { type Logger, pino } from 'pino';

/**
 * Structured JSON logger. Secrets never reach the log: the paths below are
 * censored wherever they appear, and code never logs raw tokens or cookies.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'verbund-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        '*.*.password',
        'token',
        '*.token',
        'sessionId',
        '*.sessionId',
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'variables.password',
        'variables.token',
        '*.variables.password',
        '*.variables.token',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
