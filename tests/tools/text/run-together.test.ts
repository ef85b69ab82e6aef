import { describe, expect, it } from 'vitest';
import { findRunTogether } from '../../../tools/text/run-together.ts';

describe('findRunTogether', () => {
  it('finds a sentence that runs into the next, and a word that runs into a capitalised one', () => {
    expect(
      findRunTogether('It adds value.Reports go to the repository.').map((found) => found.words),
    ).toEqual(['value.Reports']);
    expect(findRunTogether('Show all eventsAbout this site').map((found) => found.words)).toEqual([
      'eventsAbout',
    ]);
    expect(findRunTogether('Signed in 1956.The treaty').map((found) => found.words)).toEqual([
      '1956.The',
    ]);
    expect(findRunTogether('Kunashiri,Shikotan').map((found) => found.words)).toEqual([
      'Kunashiri,Shikotan',
    ]);
  });

  it('says where, with the text around it on one line', () => {
    const [found] = findRunTogether(
      'A line.\nEvery fact a reader could doubt names its source it.Corrections are\nmade',
    );
    expect(found?.context).toBe('could doubt names its source it.Corrections are made');
  });

  it('leaves spaced text, line breaks between blocks, initialisms and decimals alone', () => {
    expect(
      findRunTogether(
        'The dispute. Japan and Russia\nAbout\nU.S. and U.N. talks; 3.5 km² and e.g. here',
      ),
    ).toEqual([]);
  });

  it('leaves words written with an inner capital, and web addresses, alone', () => {
    expect(
      findRunTogether(
        'Needs JavaScript on an iPhone; see https://github.com/OpenFoo/BarBaz or me@Example.org',
      ),
    ).toEqual([]);
    expect(findRunTogether('a fooBar word', ['fooBar'])).toEqual([]);
    expect(findRunTogether('a fooBar word', [])).toHaveLength(1);
  });
});
