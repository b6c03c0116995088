import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: a code read out loud at a busy counter must not be ambiguous. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function newRedemptionCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Codes are typed by hand: accept lower case, spaces and dashes. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

const QR_VERSION = 'HG1';
const DEV_SECRET = 'huigong-development-redemption-secret';

function secret(): string {
  const configured = process.env.REDEMPTION_QR_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('REDEMPTION_QR_SECRET must be set in production');
  }
  return DEV_SECRET;
}

function sign(body: string): string {
  return createHmac('sha256', secret()).update(body).digest('base64url');
}

/**
 * The QR payload: `HG1.<code>.<expiry in epoch seconds>.<HMAC-SHA256>`. The signature lets a
 * counter app reject a forged or altered code before asking the server; the server checks it
 * again and still decides against the database.
 */
export function qrPayload(code: string, expiresAt: Date): string {
  const body = `${QR_VERSION}.${code}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${sign(body)}`;
}

/** The short code inside a QR payload whose signature is valid, or null. */
export function codeFromQrPayload(payload: string): string | null {
  const parts = payload.trim().split('.');
  if (parts.length !== 4 || parts[0] !== QR_VERSION) return null;
  const body = parts.slice(0, 3).join('.');
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(parts[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return parts[1]!;
}

/** What a clerk scans or types: a QR payload or the short code. */
export function codeFromCounterInput(input: string): string | null {
  if (input.includes('.')) return codeFromQrPayload(input);
  const code = normalizeCode(input);
  return /^[A-Z0-9]{4,16}$/.test(code) ? code : null;
}
