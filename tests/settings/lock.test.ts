import { describe, expect, it } from 'vitest';
import {
  MAX_PIN_TRIES,
  MIN_PIN_ITERATIONS,
  PIN_BACKOFF_MS,
  PIN_ITERATIONS,
  PinAttempts,
  constantTimeEqual,
  createLock,
  pinProblem,
  verifyPin,
} from '../../src/settings/lock';
import { AdminLockSchema } from '../../src/settings/schema';

describe('admin lock', () => {
  it('stores a salted PBKDF2 hash, never the PIN, and checks it', async () => {
    const lock = await createLock('2468');
    expect(lock.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(AdminLockSchema.safeParse(lock).success).toBe(true);
    expect(JSON.stringify(lock)).not.toContain('2468');
    expect(atob(lock.salt)).toHaveLength(16);
    expect(atob(lock.pinHash)).toHaveLength(32);
    expect(await verifyPin('2468', lock)).toBe(true);
    expect(await verifyPin('2469', lock)).toBe(false);
    expect(await verifyPin('', lock)).toBe(false);
  });

  it('uses a fresh random salt each time and never fewer than 100,000 iterations', async () => {
    const a = await createLock('2468', 1000);
    const b = await createLock('2468', 1000);
    expect(a.iterations).toBe(MIN_PIN_ITERATIONS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.pinHash).not.toBe(b.pinHash);
  });

  it('never matches a damaged lock', async () => {
    expect(await verifyPin('2468', { pinHash: '%%%', salt: 'AAAA', iterations: 100_000 })).toBe(false);
    expect(await verifyPin('2468', { pinHash: '', salt: 'AAAA', iterations: 100_000 })).toBe(false);
  });

  it('compares in constant time over the whole length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it('explains PINs it will not accept', async () => {
    expect(pinProblem('12a4')).toMatch(/digits only/);
    expect(pinProblem('123')).toMatch(/4 to 12 digits/);
    expect(pinProblem('1111')).toMatch(/too easy/);
    expect(pinProblem('1234')).toMatch(/too easy/);
    expect(pinProblem('4721')).toBeNull();
    await expect(createLock('1111')).rejects.toThrow(/too easy/);
  });

  it('makes the page wait after too many wrong PINs', () => {
    let now = 0;
    const attempts = new PinAttempts(() => now);
    for (let i = 0; i < MAX_PIN_TRIES - 1; i++) attempts.recordFailure();
    expect(attempts.waitMs()).toBe(0);
    attempts.recordFailure();
    expect(attempts.waitMs()).toBe(PIN_BACKOFF_MS);
    now += PIN_BACKOFF_MS;
    expect(attempts.waitMs()).toBe(0);
  });
});
