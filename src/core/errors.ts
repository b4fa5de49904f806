/**
 * The error catalogue. Each code maps to an HTTP status and a log level; adding a code without a mapping fails to
 * compile. Expected outcomes (no intent, unknown language) are values, not errors.
 */
export const ERROR_CATALOGUE = {
  CONFIG_INVALID: { status: 500, level: 'fatal' },
  CONTENT_INVALID: { status: 500, level: 'fatal' },
  MODEL_UNAVAILABLE: { status: 503, level: 'error' },
  STORE_UNAVAILABLE: { status: 503, level: 'fatal' },
  BAD_REQUEST: { status: 400, level: 'info' },
  PAYLOAD_TOO_LARGE: { status: 413, level: 'info' },
  UNAUTHORIZED: { status: 401, level: 'warn' },
  NOT_READY: { status: 503, level: 'warn' },
  INTERNAL: { status: 500, level: 'error' },
} as const satisfies Record<string, { status: number; level: 'fatal' | 'error' | 'warn' | 'info' }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
