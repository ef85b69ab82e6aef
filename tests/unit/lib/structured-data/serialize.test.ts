import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../../src/lib/structured-data/serialize.ts';

describe('serializeJsonLd', () => {
  const hostile = {
    '@type': 'Quotation',
    text: 'He wrote </script><script>alert(1)</script> and <!-- a comment --> & more',
    other: ['</SCRIPT >', '<!--<script>', 'line\u2028separator\u2029'],
  };

  it('lets no `<` through, so no `</script` or `<!--` can end or change the script element', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toContain('<');
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u003c!--');
  });

  it('gives back exactly the data when parsed as JSON', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it('leaves other text as JSON.stringify writes it, non-ASCII included', () => {
    const data = {
      name: 'Etorofu (Iturup)',
      alternateName: { '@value': '択捉島', '@language': 'ja' },
    };
    expect(serializeJsonLd(data)).toBe(JSON.stringify(data));
  });

  it('refuses a value that is no JSON', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});
