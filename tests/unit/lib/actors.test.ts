import { describe, expect, it } from 'vitest';
import {
  actorKindLabel,
  formatRole,
  formatRoleIn,
  groupActorsByKind,
  roleDatesAfterTitle,
  roleDates,
} from '../../../src/lib/actors.ts';
import { ActorSchema, type Actor } from '../../../src/schemas/actor.ts';

const actor = (id: string, kind: Actor['kind'], country?: Actor['country']) => ({
  id,
  kind,
  country,
});

describe('groupActorsByKind', () => {
  it('groups people, then governments and organisations, then unnamed officials', () => {
    const groups = groupActorsByKind([
      actor('g7', 'organization', 'international'),
      actor('abe', 'person', 'japan'),
      actor('diplomat', 'unnamed', 'japan'),
      actor('obama-administration', 'government', 'united-states'),
    ]);
    expect(groups.map((group) => group.heading)).toEqual([
      'People',
      'Governments and organisations',
      'Unnamed officials',
    ]);
    expect(groups[1]!.actors.map((entry) => entry.id)).toEqual(['obama-administration', 'g7']);
  });

  it('orders by country within a group, Japan then Russia, those without a country last, else as given', () => {
    const [people] = groupActorsByKind([
      actor('brown', 'person'),
      actor('trump', 'person', 'united-states'),
      actor('putin', 'person', 'russia'),
      actor('abe', 'person', 'japan'),
      actor('lavrov', 'person', 'russia'),
      actor('kishida', 'person', 'japan'),
    ]);
    expect(people!.actors.map((entry) => entry.id)).toEqual([
      'abe',
      'kishida',
      'putin',
      'lavrov',
      'trump',
      'brown',
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupActorsByKind([actor('abe', 'person', 'japan')]).map((group) => group.key)).toEqual([
      'people',
    ]);
    expect(groupActorsByKind([])).toEqual([]);
  });
});

describe('roleDates', () => {
  it('reads a role known only at one moment as "as of"', () => {
    expect(roleDates({ asOf: { year: 2016, month: 12 } })).toBe('as of December 2016');
  });

  it('reads start and end as a range, and either alone as since or until', () => {
    expect(roleDates({ start: { year: 2012 }, end: { year: 2020 } })).toBe('2012–2020');
    expect(
      roleDates({
        start: { year: 2012, month: 12, day: 26 },
        end: { year: 2020, month: 9, day: 16 },
      }),
    ).toBe('26 December 2012 – 16 September 2020');
    expect(roleDates({ start: { year: 2012 } })).toBe('since 2012');
    expect(roleDates({ end: { year: 1991, month: 12 } })).toBe('until December 1991');
  });

  it('is undefined when nothing dates the role', () => {
    expect(roleDates({})).toBeUndefined();
  });
});

describe('formatRole', () => {
  it('joins the title and its dates', () => {
    expect(formatRole({ title: 'Prime Minister of Japan', asOf: { year: 2016, month: 12 } })).toBe(
      'Prime Minister of Japan, as of December 2016',
    );
    expect(formatRole({ title: 'Associate professor' })).toBe('Associate professor');
  });
});

describe('actorKindLabel', () => {
  it('names every kind', () => {
    expect(actorKindLabel('person')).toBe('Person');
    expect(actorKindLabel('government')).toBe('Government');
    expect(actorKindLabel('organization')).toBe('Organisation');
    expect(actorKindLabel('unnamed')).toBe('Unnamed official');
  });
});

describe('ActorSchema', () => {
  const base = {
    id: 'yeltsin',
    name: 'Boris Yeltsin',
    kind: 'person',
    summary: 'First President of Russia.',
  };

  it('takes dated roles and a native name with its language', () => {
    const actor = ActorSchema.parse({
      ...base,
      nativeName: { text: 'Борис Ельцин', lang: 'ru' },
      roles: [{ title: 'President of Russia', start: '1991-07-10', end: '1999-12-31' }],
    });
    expect(actor.nativeName).toEqual({ text: 'Борис Ельцин', lang: 'ru' });
    expect(roleDates(actor.roles[0]!)).toBe('10 July 1991 – 31 December 1999');
  });

  it('refuses a role whose end precedes its start, naming the field, what was found and what is expected', () => {
    const result = ActorSchema.safeParse({
      ...base,
      roles: [{ title: 'President of Russia', start: 1999, end: 1991 }],
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['roles', 0, 'end']);
    expect(issue.message).toBe(
      'the role ends before it starts (expected an end on or after 1999, found 1991)',
    );
  });

  it('refuses a native name without a language tag', () => {
    const result = ActorSchema.safeParse({
      ...base,
      nativeName: { text: 'Борис Ельцин', lang: 'Russian' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['nativeName', 'lang']);
  });
});

describe('actor words in Japanese and Russian', () => {
  it('writes role dates in the language, Russian months after «с» and «до» in the genitive', () => {
    expect(roleDates({ asOf: { year: 2016, month: 12 } }, 'ja')).toBe('2016年12月時点');
    expect(roleDates({ start: { year: 2012 } }, 'ja')).toBe('2012年から');
    expect(roleDates({ asOf: { year: 2016, month: 12 } }, 'ru')).toBe('на декабрь 2016 г.');
    expect(roleDates({ start: { year: 2016, month: 12 } }, 'ru')).toBe('с декабря 2016 г.');
    expect(roleDates({ end: { year: 1991, month: 12, day: 25 } }, 'ru')).toBe(
      'до 25 декабря 1991 г.',
    );
    expect(roleDates({ end: { year: 1991 } }, 'ru')).toBe('до 1991 г.');
  });

  it('joins a role and its dates the way the language does', () => {
    const role = { title: '内閣総理大臣', asOf: { year: 2016, month: 12 } };
    expect(formatRoleIn('ja')(role)).toBe('内閣総理大臣（2016年12月時点）');
    expect(roleDatesAfterTitle(role, 'ja')).toBe('（2016年12月時点）');
    expect(roleDatesAfterTitle(role, undefined)).toBe(', as of December 2016');
    expect(roleDatesAfterTitle({}, 'ru')).toBeUndefined();
  });

  it('names kinds and groups in the language, with the same keys', () => {
    expect(actorKindLabel('person', 'ja')).toBe('人物');
    expect(actorKindLabel('organization', 'ru')).toBe('Организация');
    const [group] = groupActorsByKind([actor('abe', 'person', 'japan')], 'ru');
    expect(group).toMatchObject({ key: 'people', heading: 'Персоны' });
  });
});
