import { describe, expect, it } from 'vitest';
import {
  filterKey,
  DEFAULT_OVERVIEW_OPTIONS,
  PERIOD_BOUNDARIES,
  actorsWithEvents,
  compressedScale,
  groupByPeriod,
  layoutOverview,
  spreadGaps,
  periodOf,
  sameFilter,
  selectEvents,
  timelineYear,
  yearSpan,
  type PeriodBoundary,
  type TimelineEntry,
} from '../../../src/lib/timeline.ts';
import { HistoricalDateSchema, type HistoricalDateInput } from '../../../src/schemas/date.ts';

function entry(
  id: string,
  date: HistoricalDateInput,
  islands: string[] = [],
  actors: string[] = [],
): TimelineEntry {
  return { id, date: HistoricalDateSchema.parse(date), islands, actors };
}

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

// A small history shaped like the real one: treaties, a war year with three events, a long quiet
// stretch, then a busy year.
const history = [
  entry('shimoda', '1855-02-07', ['etorofu', 'shikotan']),
  entry('saint-petersburg', 1875),
  entry('yalta', '1945-02-11', ['etorofu', 'shikotan']),
  entry('declaration-of-war', { either: ['1945-08-09', '1945-08-08'], note: 'two time zones' }),
  entry('occupation', { start: '1945-08-28', end: '1945-09-05' }, ['etorofu', 'shikotan']),
  entry('joint-declaration', '1956-10-19', ['shikotan']),
  entry('aide-memoire', '1960-01-27', ['shikotan']),
  entry('medvedev', '2010-11-01', ['kunashiri'], ['medvedev']),
  entry('phone-call', { on: '2016-11', approximate: true }, [], ['trump', 'putin']),
  entry('nagato', { start: '2016-12-15', end: '2016-12-16' }, ['etorofu'], ['abe', 'putin']),
  entry('suspension', '2022-03-21', ['etorofu', 'shikotan']),
];

describe('timelineYear', () => {
  it('places ranges and alternatives at their start', () => {
    expect(timelineYear(entry('r', { start: '1991-12-25', end: '1992-01-02' }).date)).toBe(1991);
    expect(timelineYear(entry('a', { either: ['1946-01-01', '1945-12-31'] }).date)).toBe(1945);
    expect(timelineYear(entry('c', { on: '2016-11', approximate: true }).date)).toBe(2016);
  });
});

describe('periods', () => {
  const boundaries: PeriodBoundary[] = [
    { from: 1855, slug: 'treaties', title: 'Treaties and borders' },
    { from: 1941, slug: 'war', title: 'War and occupation' },
    { from: 1951, slug: 'peace', title: 'Peace treaty and Joint Declaration' },
    { from: 1961, slug: 'cold-war', title: 'Cold War and after' },
    { from: 2010, slug: 'summits', title: 'Summits and suspension' },
  ];

  it('puts a year in the period whose boundary it has reached', () => {
    expect(periodOf(1855, boundaries).slug).toBe('treaties');
    expect(periodOf(1940, boundaries).slug).toBe('treaties');
    expect(periodOf(1941, boundaries).slug).toBe('war');
    expect(periodOf(1960, boundaries).slug).toBe('peace');
    expect(periodOf(2030, boundaries).slug).toBe('summits');
  });

  it('puts years before the first boundary in the first period', () => {
    expect(periodOf(1800, boundaries).slug).toBe('treaties');
  });

  it('does not depend on the order the boundaries are listed in', () => {
    expect(periodOf(1945, [...boundaries].reverse()).slug).toBe('war');
  });

  it('groups events by period, in date order, with headings from the years the events reach', () => {
    const periods = groupByPeriod(history, boundaries);
    expect(periods.map((period) => period.heading)).toEqual([
      '1855–1875: Treaties and borders',
      '1945: War and occupation',
      '1956–1960: Peace treaty and Joint Declaration',
      '2010–2022: Summits and suspension',
    ]);
    expect(ids(periods[1]!.events)).toEqual(['yalta', 'declaration-of-war', 'occupation']);
  });

  it("names a filtered selection's periods with the years of the whole timeline", () => {
    const shikotan = history.filter((event) => event.islands.includes('shikotan'));
    expect(groupByPeriod(shikotan, boundaries).map((period) => period.years)).toEqual([
      '1855',
      '1945',
      '1956–1960',
      '2022',
    ]);
    expect(groupByPeriod(shikotan, boundaries, history).map((period) => period.years)).toEqual([
      '1855–1875',
      '1945',
      '1956–1960',
      '2010–2022',
    ]);
  });

  it('leaves out a period with no events', () => {
    expect(groupByPeriod(history, boundaries).map((period) => period.slug)).not.toContain(
      'cold-war',
    );
  });

  it('keeps every event exactly once, whatever order they come in', () => {
    const periods = groupByPeriod([...history].reverse(), boundaries);
    expect(periods.flatMap((period) => ids(period.events))).toEqual(ids(history));
  });

  it('groups a range by the year it starts in', () => {
    const periods = groupByPeriod(
      [entry('late-1960', { start: '1960-12-30', end: '1961-01-02' })],
      boundaries,
    );
    expect(periods.map((period) => period.slug)).toEqual(['peace']);
  });

  it('writes one year once', () => {
    expect(yearSpan(1945, 1945)).toBe('1945');
    expect(yearSpan(1855, 1905)).toBe('1855–1905');
  });

  it('ships boundaries in order with unique slugs', () => {
    const froms = PERIOD_BOUNDARIES.map((boundary) => boundary.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(new Set(PERIOD_BOUNDARIES.map((boundary) => boundary.slug)).size).toBe(
      PERIOD_BOUNDARIES.length,
    );
  });
});

describe('filters', () => {
  it('selects the events concerning an island', () => {
    expect(ids(selectEvents(history, { kind: 'island', id: 'shikotan' }))).toEqual([
      'shimoda',
      'yalta',
      'occupation',
      'joint-declaration',
      'aide-memoire',
      'suspension',
    ]);
  });

  it('selects the events an actor is named in', () => {
    expect(ids(selectEvents(history, { kind: 'actor', id: 'putin' }))).toEqual([
      'phone-call',
      'nagato',
    ]);
  });

  it('selects the events of a period', () => {
    expect(ids(selectEvents(history, { kind: 'period', slug: 'war-and-occupation' }))).toEqual([
      'yalta',
      'declaration-of-war',
      'occupation',
    ]);
  });

  it('selects everything for "all" and nothing for an unknown id', () => {
    expect(selectEvents(history, { kind: 'all' })).toHaveLength(history.length);
    expect(selectEvents(history, { kind: 'island', id: 'sakhalin' })).toEqual([]);
  });

  it('lists only the actors some event names, in the order they first appear', () => {
    const actors = [
      { id: 'abe' },
      { id: 'lavrov' },
      { id: 'putin' },
      { id: 'trump' },
      { id: 'medvedev' },
    ];
    expect(ids(actorsWithEvents(actors, history))).toEqual(['medvedev', 'trump', 'putin', 'abe']);
  });

  it('tells which filter is the current one', () => {
    expect(sameFilter({ kind: 'all' }, { kind: 'all' })).toBe(true);
    expect(sameFilter({ kind: 'island', id: 'shikotan' }, { kind: 'island', id: 'shikotan' })).toBe(
      true,
    );
    expect(sameFilter({ kind: 'island', id: 'shikotan' }, { kind: 'actor', id: 'shikotan' })).toBe(
      false,
    );
    expect(sameFilter({ kind: 'island', id: 'shikotan' }, { kind: 'all' })).toBe(false);
    expect(sameFilter({ kind: 'period', slug: 'war' }, { kind: 'period', slug: 'war' })).toBe(true);
    expect(sameFilter({ kind: 'period', slug: 'war' }, { kind: 'period', slug: 'peace' })).toBe(
      false,
    );
  });
});

describe('compressedScale', () => {
  const years = [1855, 1875, 1905, 1941, 1945, 1951, 1956, 1960, 2010, 2014, 2016, 2018, 2022];
  const scale = compressedScale(years, 10);

  it('is monotonic: a later year is never drawn before an earlier one', () => {
    for (let year = 1850; year < 2030; year += 0.5) {
      expect(scale.position(year + 0.5)).toBeGreaterThan(scale.position(year));
    }
  });

  it('starts at the first year and ends at the last', () => {
    expect(scale.position(1855)).toBe(0);
    expect(scale.position(2022)).toBe(scale.length);
  });

  it('draws a 50-year gap as 10 years and keeps short gaps as they are', () => {
    expect(scale.position(2010) - scale.position(1960)).toBe(10);
    expect(scale.position(1945) - scale.position(1941)).toBe(4);
    expect(scale.position(2016) - scale.position(2014)).toBe(2);
  });

  it('marks every compressed gap with a break in its middle', () => {
    expect(scale.breaks.map((gap) => [gap.fromYear, gap.toYear])).toEqual([
      [1855, 1875],
      [1875, 1905],
      [1905, 1941],
      [1960, 2010],
    ]);
    const quiet = scale.breaks.at(-1)!;
    expect(quiet.at).toBe((scale.position(1960) + scale.position(2010)) / 2);
  });

  it('gives no gap more than its share of the axis', () => {
    for (let index = 1; index < years.length; index += 1) {
      expect(scale.position(years[index]!) - scale.position(years[index - 1]!)).toBeLessThanOrEqual(
        10,
      );
    }
    expect(scale.length).toBeLessThan(2022 - 1855);
  });

  it('interpolates inside a compressed gap', () => {
    expect(scale.position(1985)).toBeCloseTo((scale.position(1960) + scale.position(2010)) / 2);
  });

  it('copes with duplicate, unsorted, single and missing years', () => {
    expect(compressedScale([1945, 1855, 1945]).length).toBe(10);
    expect(compressedScale([1945]).length).toBe(0);
    expect(compressedScale([]).breaks).toEqual([]);
  });
});

describe('layoutOverview', () => {
  const layout = layoutOverview(history, DEFAULT_OVERVIEW_OPTIONS);
  const marker = (id: string) => layout.markers.find((m) => m.event.id === id)!;

  it('gives every event one marker, inside the drawing', () => {
    expect(layout.markers).toHaveLength(history.length);
    for (const m of layout.markers) {
      expect(m.x).toBeGreaterThanOrEqual(layout.axisStart);
      expect(m.x).toBeLessThanOrEqual(layout.axisEnd);
    }
    expect(marker('shimoda').x).toBe(layout.axisStart);
    expect(marker('suspension').x).toBe(layout.axisEnd);
  });

  it('stacks events of the same year in different rows, in date order, in one column', () => {
    const war = ['yalta', 'declaration-of-war', 'occupation'].map(marker);
    expect(war.map((m) => m.row)).toEqual([0, 1, 2]);
    expect(new Set(war.map((m) => m.x)).size).toBe(1);
    expect(marker('phone-call').row).not.toBe(marker('nagato').row);
    expect(layout.rows).toBe(3);
  });

  it('places alternatives and ranges at their start year', () => {
    expect(marker('declaration-of-war').year).toBe(1945);
    expect(marker('occupation').x).toBe(marker('yalta').x);
  });

  it('orders markers left to right by date', () => {
    const xs = layout.markers.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('labels every year once and keeps labels on one line apart', () => {
    expect(layout.labels.map((label) => label.year)).toEqual([
      1855, 1875, 1945, 1956, 1960, 2010, 2016, 2022,
    ]);
    for (let lane = 0; lane < layout.lanes; lane += 1) {
      const xs = layout.labels.filter((label) => label.lane === lane).map((label) => label.x);
      for (let index = 1; index < xs.length; index += 1) {
        expect(xs[index]! - xs[index - 1]!).toBeGreaterThanOrEqual(
          DEFAULT_OVERVIEW_OPTIONS.labelSpacing,
        );
      }
    }
  });

  it('moves a label that would touch its neighbour to another line', () => {
    const close = layoutOverview([entry('a', 2014), entry('b', 2016), entry('c', 2018)], {
      ...DEFAULT_OVERVIEW_OPTIONS,
      width: 200,
      inset: 0,
      labelSpacing: 120,
    });
    expect(close.labels.map((label) => label.lane)).toEqual([0, 1, 0]);
    expect(close.lanes).toBe(2);
  });

  it('puts a break mark between the years it skips', () => {
    expect(layout.breaks.map((mark) => [mark.fromYear, mark.toYear])).toEqual([
      [1855, 1875],
      [1875, 1945],
      [1945, 1956],
      [1960, 2010],
    ]);
    const quiet = layout.breaks.at(-1)!;
    expect(quiet.x).toBeGreaterThan(marker('aide-memoire').x);
    expect(quiet.x).toBeLessThan(marker('medvedev').x);
  });

  it('keeps year columns at least columnSpacing apart, growing the drawing when it must', () => {
    const busy = Array.from({ length: 50 }, (_, index) => entry(`e${index}`, 1970 + index));
    const wide = layoutOverview(busy, DEFAULT_OVERVIEW_OPTIONS);
    const xs = [...new Set(wide.markers.map((m) => m.x))];
    for (let index = 1; index < xs.length; index += 1) {
      expect(xs[index]! - xs[index - 1]!).toBeGreaterThanOrEqual(
        DEFAULT_OVERVIEW_OPTIONS.columnSpacing - 1e-9,
      );
    }
    expect(wide.width).toBe(
      2 * DEFAULT_OVERVIEW_OPTIONS.inset + 49 * DEFAULT_OVERVIEW_OPTIONS.columnSpacing,
    );
    expect(wide.markers.at(-1)!.x).toBe(wide.axisEnd);
    // Neighbouring years next to a long quiet stretch stay apart without widening the drawing.
    const mixed = layoutOverview(
      [entry('a', 1945), entry('b', 1946), entry('c', 2025)],
      DEFAULT_OVERVIEW_OPTIONS,
    );
    expect(mixed.width).toBe(DEFAULT_OVERVIEW_OPTIONS.width);
    expect(mixed.markers[1]!.x - mixed.markers[0]!.x).toBeGreaterThanOrEqual(
      DEFAULT_OVERVIEW_OPTIONS.columnSpacing - 1e-9,
    );
  });

  it('spreads gaps in proportion above a least length', () => {
    expect(spreadGaps([1, 1, 8], 100, 20).map((gap) => Math.round(gap))).toEqual([20, 20, 60]);
    expect(spreadGaps([1, 2], 10, 20)).toEqual([20, 20]);
    expect(spreadGaps([], 10, 2)).toEqual([]);
  });

  it('centres a timeline of one year and draws nothing for none', () => {
    const single = layoutOverview([entry('a', 1945), entry('b', '1945-08')]);
    expect(single.markers.map((m) => m.x)).toEqual([480, 480]);
    expect(single.markers.map((m) => m.row)).toEqual([0, 1]);
    const empty = layoutOverview([]);
    expect(empty.markers).toEqual([]);
    expect(empty.rows).toBe(0);
  });
});

describe('filterKey', () => {
  it('names each filter by its kind and what it picks', () => {
    expect(filterKey({ kind: 'all' })).toBe('all');
    expect(filterKey({ kind: 'island', id: 'etorofu' })).toBe('island-etorofu');
    expect(filterKey({ kind: 'actor', id: 'putin' })).toBe('actor-putin');
    expect(filterKey({ kind: 'period', slug: 'war-and-occupation' })).toBe(
      'period-war-and-occupation',
    );
  });
});
