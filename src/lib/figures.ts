// How the site writes an island's sourced figures, and when it must say that the sources disagree.
import { formatPartialDate } from './dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { SourcedValue } from '../schemas/common.ts';

// British English groups thousands with commas ("3,168"), matching the site's dates and spelling;
// Japanese writes them the same way, Russian with a space and a decimal comma ("3 168", "253,33").
const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-GB'),
  ja: new Intl.NumberFormat('ja-JP'),
  ru: new Intl.NumberFormat('ru-RU'),
};

/** A number with thousands separators: 3168 → "3,168". */
export function formatNumber(value: number, locale: Locale = 'en'): string {
  return NUMBER_FORMATS[locale].format(value);
}

/** An area in square kilometres: "3,168 km²". */
export function formatArea(figure: Pick<SourcedValue, 'value'>, locale: Locale = 'en'): string {
  return ui(locale).islands.figures.area(formatNumber(figure.value, locale));
}

/**
 * What a population figure counts: its label, or plain "residents" when the entry gives none.
 * Japanese and Russian write the number of people only ("3,608人", «3608 человек»): the figure
 * always stands under a heading with its label.
 */
export function populationCount(
  figure: Pick<SourcedValue, 'value' | 'label'>,
  locale: Locale = 'en',
): string {
  const words = ui(locale).islands.figures;
  return words.population(
    formatNumber(figure.value, locale),
    figure.value,
    figure.label ?? words.defaultLabel,
  );
}

/** A population figure with its date: "3,608 Japanese residents (15 August 1945)". */
export function formatPopulation(
  figure: Pick<SourcedValue, 'value' | 'label' | 'asOf'>,
  locale: Locale = 'en',
): string {
  const count = populationCount(figure, locale);
  return figure.asOf
    ? ui(locale).islands.figures.withDate(count, formatPartialDate(figure.asOf, locale))
    : count;
}

/**
 * Whether sources give different numbers for the same figure. Values only disagree when they
 * measure the same thing: `sameFigureKey` says what that is (for populations, the label and the
 * date, since 1945 and 2020 counts differ without anyone being wrong). By default every value in
 * the list is a measure of the same thing, as for an island's area.
 */
export function sourcesDiffer(
  figures: readonly Pick<SourcedValue, 'value' | 'label' | 'asOf'>[],
  sameFigureKey: (figure: Pick<SourcedValue, 'value' | 'label' | 'asOf'>) => string = () => '',
): boolean {
  const valuesByFigure = new Map<string, Set<number>>();
  for (const figure of figures) {
    const key = sameFigureKey(figure);
    const values = valuesByFigure.get(key) ?? new Set<number>();
    values.add(figure.value);
    valuesByFigure.set(key, values);
  }
  return [...valuesByFigure.values()].some((values) => values.size > 1);
}

/** The key under which two population figures count the same people on the same day. */
export function populationFigureKey(figure: Pick<SourcedValue, 'label' | 'asOf'>): string {
  const asOf = figure.asOf ? formatPartialDate(figure.asOf) : '';
  return `${figure.label ?? ''}|${asOf}`;
}

/** The distinct numbers, in the order first given, written with `format`: for "3,168 km² or 3,139 km²". */
export function distinctFigures<T extends Pick<SourcedValue, 'value'>>(
  figures: readonly T[],
  format: (figure: T) => string,
): string[] {
  const seen = new Set<number>();
  const texts: string[] = [];
  for (const figure of figures) {
    if (seen.has(figure.value)) continue;
    seen.add(figure.value);
    texts.push(format(figure));
  }
  return texts;
}

/** Population figures that count the same people in the same year, under one heading. */
export interface PopulationGroup<T> {
  /** What the figures count and when: "Japanese residents in 1945". */
  heading: string;
  figures: T[];
}

/**
 * Groups population figures by what they count and the year they apply to, in the order first
 * given, so that the Japanese residents of 1945 and today's residents are never shown as one
 * figure. The heading is the label with its first letter raised, and " in {year}" when dated
 * (ja 日本人住民（1945年）, ru «Японские жители в 1945 г.»).
 */
export function groupPopulation<T extends Pick<SourcedValue, 'label' | 'asOf'>>(
  figures: readonly T[],
  locale: Locale = 'en',
): PopulationGroup<T>[] {
  const words = ui(locale).islands.figures;
  const groups = new Map<string, PopulationGroup<T>>();
  for (const figure of figures) {
    const label = words.populationHeading(figure.label ?? words.defaultLabel, figure.asOf?.year);
    const heading = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
    const group = groups.get(heading) ?? { heading, figures: [] };
    group.figures.push(figure);
    groups.set(heading, group);
  }
  return [...groups.values()];
}

/**
 * The sources behind a table of figures, each named once. With one source the table says so
 * under it and marks no figure; with several, each figure carries the number of its source's note
 * (1, 2…, in order of first use).
 */
export function figureSourceNotes(sourceIds: readonly string[]): {
  sources: string[];
  marker: (id: string) => string | undefined;
} {
  const sources = [...new Set(sourceIds)];
  return {
    sources,
    marker: (id) =>
      sources.length > 1 && sources.includes(id) ? String(sources.indexOf(id) + 1) : undefined,
  };
}

/** The id of a source's note under the home page's table of figures. */
export const keyFiguresSourceId = (sourceId: string) => `key-figures-source-${sourceId}`;

/** The sources the home page's table of figures names: every area, and the residents of 1945. */
export function keyFiguresSourceIds(
  islands: readonly {
    area: readonly { source: string }[];
    population: readonly { source: string; asOf?: { year: number } }[];
  }[],
): string[] {
  return islands.flatMap((island) => [
    ...island.area.map((figure) => figure.source),
    ...island.population
      .filter((figure) => figure.asOf?.year === 1945)
      .map((figure) => figure.source),
  ]);
}
