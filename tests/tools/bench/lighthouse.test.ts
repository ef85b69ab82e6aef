import { describe, expect, it } from 'vitest';
import {
  lighthouseOtherHostRequests,
  lighthouseScores,
  type LighthouseResultLike,
} from '../../../tools/bench/lighthouse.ts';

const lhr: LighthouseResultLike = {
  lighthouseVersion: '13.5.0',
  categories: {
    performance: { score: 0.987 },
    accessibility: { score: 1 },
    'best-practices': { score: null },
    seo: { score: 0.9 },
  },
  audits: {
    'network-requests': {
      details: {
        items: [
          { url: 'http://127.0.0.1:4321/' },
          { url: 'http://127.0.0.1:4321/_astro/a.css' },
          { url: 'https://fonts.example.com/a.woff2' },
          { url: 'data:image/png;base64,AA' },
          { notAUrl: true },
        ],
      },
    },
  },
};

describe('lighthouseScores', () => {
  it('gives the four categories as whole numbers from 0 to 100, null when unscored', () => {
    expect(lighthouseScores(lhr)).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: null,
      seo: 90,
    });
  });

  it('gives null for a category that is missing', () => {
    expect(lighthouseScores({ categories: {}, audits: {} })).toEqual({
      performance: null,
      accessibility: null,
      bestPractices: null,
      seo: null,
    });
  });
});

describe('lighthouseOtherHostRequests', () => {
  it('lists the recorded requests to another host', () => {
    expect(lighthouseOtherHostRequests(lhr, 'http://127.0.0.1:4321')).toEqual([
      'https://fonts.example.com/a.woff2',
    ]);
    expect(
      lighthouseOtherHostRequests({ categories: {}, audits: {} }, 'http://127.0.0.1:4321'),
    ).toEqual([]);
  });
});
