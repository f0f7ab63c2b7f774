// The admin lock: a PIN that guards the options page, pausing and clearing the audit log.
// PBKDF2-SHA256 through WebCrypto with a random salt; only the hash is stored, never the PIN.
// It stops casual edits by staff; anyone with the browser's developer tools can still reach storage.

import type { AdminLock } from './schema';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (about a quarter of a second in a browser). */
export const PIN_ITERATIONS = 600_000;
export const MIN_PIN_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export const PIN_RULE = 'Use 4 to 12 digits.';

/** Why a new PIN is not acceptable, or null when it is. */
export function pinProblem(pin: string): string | null {
  if (!/^\d+$/.test(pin)) return `The PIN must be digits only. ${PIN_RULE}`;
  if (pin.length < 4 || pin.length > 12) return `The PIN must be 4 to 12 digits long.`;
  if (/^(\d)\1+$/.test(pin) || '01234567890'.includes(pin) || '09876543210'.includes(pin)) {
    return 'That PIN is too easy to guess. Avoid repeated or consecutive digits.';
  }
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Hash a new PIN. Throws if the PIN breaks pinProblem's rules. */
export async function createLock(pin: string, iterations = PIN_ITERATIONS): Promise<AdminLock> {
  const problem = pinProblem(pin);
  if (problem) throw new Error(problem);
  const rounds = Math.max(iterations, MIN_PIN_ITERATIONS);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, rounds);
  return { pinHash: toBase64(hash), salt: toBase64(salt), iterations: rounds };
}

/** Compares every byte whatever the first difference, so timing does not reveal how close a guess was. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** True when the PIN matches the lock. A damaged lock never matches. */
export async function verifyPin(pin: string, lock: AdminLock): Promise<boolean> {
  const salt = fromBase64(lock.salt);
  const expected = fromBase64(lock.pinHash);
  if (!salt || !expected || expected.length === 0) return false;
  const actual = await derive(pin, salt, lock.iterations);
  return constantTimeEqual(actual, expected);
}

export const MAX_PIN_TRIES = 5;
export const PIN_BACKOFF_MS = 30_000;

/** Slows guessing in one page: after MAX_PIN_TRIES wrong PINs, wait PIN_BACKOFF_MS before the next try. */
export class PinAttempts {
  private failures = 0;
  private blockedUntil = 0;
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before another try is allowed (0: allowed now). */
  waitMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  recordFailure(): void {
    this.failures++;
    if (this.failures >= MAX_PIN_TRIES) {
      this.failures = 0;
      this.blockedUntil = this.now() + PIN_BACKOFF_MS;
    }
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
