import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../../src/lib/csp.ts';

describe('sha256Source', () => {
  it('hashes the exact text as CSP expects (base64 of SHA-256)', () => {
    // Known value: the SHA-256 of the empty string.
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Source('a')).not.toBe(sha256Source('a '));
  });
});
