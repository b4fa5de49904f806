import pino, { type DestinationStream, type Logger } from 'pino';

/** Fixed redaction paths: tokens, signatures and message content never reach the log. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-hub-signature-256"]',
  'token',
  'accessToken',
  'password',
  'text',
  '*.text',
  'phone',
  '*.phone',
  'body',
  '*.body',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const pretty = !destination && process.stdout.isTTY && level !== 'silent';
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      base: { service: 'refugee-help-bot' },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard', ignore: 'pid,hostname,service' } } } : {}),
    },
    destination,
  );
}
