import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkFingerprint,
  passedBefore,
  previousPass,
  rememberPass,
} from '../../../../src/lib/content/check-cache.ts';
import { fixtureRoot } from '../../../support/fixtures.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function project() {
  const { root, cleanup } = fixtureRoot();
  cleanups.push(cleanup);
  cpSync(new URL('../../../../src/schemas', import.meta.url), join(root, 'src', 'schemas'), {
    recursive: true,
  });
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

describe('the content check’s fingerprint', () => {
  it('remembers a pass for exactly the same files', () => {
    const root = project();
    const fingerprint = checkFingerprint(root);
    expect(passedBefore(root, fingerprint)).toBe(false);
    rememberPass(root, fingerprint);
    expect(passedBefore(root, checkFingerprint(root))).toBe(true);
  });

  it('keeps what a pass found besides problems, for a repeat to report again', () => {
    const root = project();
    const fingerprint = checkFingerprint(root);
    const stale = {
      file: 'content/articles/ja/a.md',
      original: 'content/articles/a.md',
      recorded: '0123456789ab',
      current: 'ba9876543210',
    };
    rememberPass(root, fingerprint, { staleTranslations: [stale] });
    expect(previousPass(root, fingerprint)).toEqual({ staleTranslations: [stale] });
    expect(previousPass(root, 'another fingerprint')).toBeUndefined();
  });

  it('changes when a content file, a schema or the locked libraries change', () => {
    const root = project();
    const before = checkFingerprint(root);
    appendFileSync(join(root, 'content', 'facts', 'events.yaml'), '\n# an edit\n');
    const afterContent = checkFingerprint(root);
    expect(afterContent).not.toBe(before);
    appendFileSync(join(root, 'src', 'schemas', 'event.ts'), '\n// an edit\n');
    const afterSchema = checkFingerprint(root);
    expect(afterSchema).not.toBe(afterContent);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(checkFingerprint(root)).not.toBe(afterSchema);
  });

  it('changes when a file is added, even an empty one', () => {
    const root = project();
    const before = checkFingerprint(root);
    writeFileSync(join(root, 'content', 'articles', 'new.md'), '');
    expect(checkFingerprint(root)).not.toBe(before);
  });
});
