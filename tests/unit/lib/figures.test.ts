import { describe, expect, it } from 'vitest';
import {
  groupPopulation,
  figureSourceNotes,
  distinctFigures,
  formatArea,
  formatNumber,
  formatPopulation,
  populationCount,
  populationFigureKey,
  sourcesDiffer,
} from '../../../src/lib/figures.ts';

describe('formatNumber', () => {
  it('groups thousands with commas, British style', () => {
    expect(formatNumber(95)).toBe('95');
    expect(formatNumber(3168)).toBe('3,168');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(253.33)).toBe('253.33');
  });
});

describe('formatArea', () => {
  it('writes square kilometres', () => {
    expect(formatArea({ value: 3168 })).toBe('3,168 km²');
  });
});

describe('formatPopulation', () => {
  it('gives the count, what it counts and its date', () => {
    expect(
      formatPopulation({
        value: 3608,
        label: 'Japanese residents',
        asOf: { year: 1945, month: 8, day: 15 },
      }),
    ).toBe('3,608 Japanese residents (15 August 1945)');
  });

  it('says "residents" when the entry has no label, and leaves out a missing date', () => {
    expect(formatPopulation({ value: 5281 })).toBe('5,281 residents');
    expect(formatPopulation({ value: 16000, asOf: { year: 2020 } })).toBe(
      '16,000 residents (2020)',
    );
    expect(populationCount({ value: 7364, label: 'Japanese residents' })).toBe(
      '7,364 Japanese residents',
    );
  });
});

describe('sourcesDiffer', () => {
  const mofa = { value: 3168, asOf: { year: 2020 } };
  const wikipedia = { value: 3139 };

  it('is false for one value, or several that agree', () => {
    expect(sourcesDiffer([mofa])).toBe(false);
    expect(sourcesDiffer([mofa, { value: 3168 }])).toBe(false);
    expect(sourcesDiffer([])).toBe(false);
  });

  it('is true when sources give different areas', () => {
    expect(sourcesDiffer([mofa, wikipedia])).toBe(true);
  });

  it('does not count figures for different dates as a disagreement', () => {
    const in1945 = {
      value: 3608,
      label: 'Japanese residents',
      asOf: { year: 1945, month: 8, day: 15 },
    };
    const in2020 = { value: 5000, label: 'residents', asOf: { year: 2020 } };
    expect(sourcesDiffer([in1945, in2020], populationFigureKey)).toBe(false);
    expect(sourcesDiffer([in1945, { ...in1945, value: 3600 }], populationFigureKey)).toBe(true);
  });
});

describe('distinctFigures', () => {
  it('lists each number once, in the order given', () => {
    expect(
      distinctFigures([{ value: 3168 }, { value: 3139 }, { value: 3168 }], formatArea),
    ).toEqual(['3,168 km²', '3,139 km²']);
  });
});

describe('figureSourceNotes', () => {
  it('names one source once and marks no figure', () => {
    const notes = figureSourceNotes(['mofa', 'mofa', 'mofa']);
    expect(notes.sources).toEqual(['mofa']);
    expect(notes.marker('mofa')).toBeUndefined();
  });

  it('numbers several sources in order of first use', () => {
    const notes = figureSourceNotes(['mofa', 'rosstat', 'mofa']);
    expect(notes.sources).toEqual(['mofa', 'rosstat']);
    expect([notes.marker('mofa'), notes.marker('rosstat'), notes.marker('other')]).toEqual([
      '1',
      '2',
      undefined,
    ]);
  });
});

describe('groupPopulation', () => {
  it("keeps the residents of 1945 apart from today's residents, each under its own heading", () => {
    const groups = groupPopulation([
      { value: 7364, label: 'Japanese residents', asOf: { year: 1945, month: 8, day: 15 } },
      {
        value: 11480,
        label: 'residents of Yuzhno-Kurilsky District',
        asOf: { year: 2024, month: 1, day: 1 },
      },
      { value: 7300, label: 'Japanese residents', asOf: { year: 1945 } },
    ]);
    expect(groups.map((group) => group.heading)).toEqual([
      'Japanese residents in 1945',
      'Residents of Yuzhno-Kurilsky District in 2024',
    ]);
    expect(groups[0]!.figures.map((figure) => figure.value)).toEqual([7364, 7300]);
  });

  it('falls back to plain residents, without a year when the figure is undated', () => {
    expect(groupPopulation([{ label: undefined }]).map((group) => group.heading)).toEqual([
      'Residents',
    ]);
  });
});

describe('figures in Japanese and Russian', () => {
  it("keeps the numbers and writes them the language's way", () => {
    expect(formatArea({ value: 3168 }, 'ja')).toBe('3,168 km²');
    expect(formatArea({ value: 3168 }, 'ru')).toBe(`${formatNumber(3168, 'ru')} км²`);
    expect(formatNumber(17291, 'ru')).toMatch(/^17\s291$/);
  });

  it('counts people under the heading that names them', () => {
    const figure = {
      value: 3608,
      label: 'Japanese residents',
      asOf: { year: 1945, month: 8, day: 15 },
    };
    expect(formatPopulation(figure, 'ja')).toBe('3,608人（1945年8月15日）');
    expect(populationCount({ value: 3 }, 'ru')).toBe('3 человека');
    expect(populationCount({ value: 5281 }, 'ru')).toMatch(/^5\s281 человек$/);
    expect(groupPopulation([figure], 'ja').map((group) => group.heading)).toEqual([
      'Japanese residents（1945年）',
    ]);
    expect(
      groupPopulation([{ label: 'японские жители', asOf: { year: 1945 } }], 'ru')[0]?.heading,
    ).toBe('Японские жители в 1945 г.');
  });
});
