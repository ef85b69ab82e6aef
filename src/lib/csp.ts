import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script or style: `'sha256-…'` without quotes. */
export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
