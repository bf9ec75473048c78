import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers and pages above this size go out compressed (brotli or gzip, as the client accepts). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compresses answers above the threshold. Never event streams, which must
 * reach the client as they are written, nor answers already encoded (the web
 * app's pre-compressed assets). WebSocket upgrades never pass through here.
 */
export const compressAnswers = (): RequestHandler =>
  compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
  });
