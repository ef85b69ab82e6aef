import type { quotes as English } from '../en/quotes.ts';

const plural = new Intl.PluralRules('ru');

/** A language's name as languageName gives it ("японский") after «с»: «с японского». */
const fromLanguage = (language: string) => `с ${language.replace(/(ий|ый|ой)$/, 'ого')}`;

export const quotes: typeof English = {
  title: 'Цитаты',
  description:
    'Все цитаты сайта — дословно, как их приводит источник, — по авторам, с датой, обстоятельствами и источником.',
  lede: 'Все цитаты сайта — дословно, как их приводит источник: кто, когда и по какому поводу это сказал и где это было опубликовано. Многоточие (…) отмечает слова, которые входят в более длинное предложение.',
  speakersHeading: 'Авторы высказываний',
  count: (count) => {
    const form = plural.select(count);
    const noun = form === 'one' ? 'цитата' : form === 'few' ? 'цитаты' : form === 'many' ? 'цитат' : 'цитаты';
    return `(${count} ${noun})`;
  },
  entryNote:
    'Чтобы сослаться на отдельную цитату, укажите вместо адреса этой страницы адрес, на который ведёт её «Ссылка» (адрес этой страницы, за которым следуют #quote- и идентификатор цитаты).',
  card: {
    original: (language) => `Оригинал (${language})`,
    originalWords: 'Источник оригинала: ',
    afterSpeaker: ', ',
    source: 'Источник: ',
    event: 'Событие: ',
    link: 'Ссылка',
    linkHidden: (speaker, date) => ` на эту цитату: ${speaker}, ${date}`,
  },
  translation: {
    line: (who, note) => `Английский текст: ${who}${note ? ` (${note})` : ''}.`,
    official: (government) =>
      government ? `официальный перевод правительства ${government}` : 'официальный перевод',
    source: (language) =>
      language
        ? `перевод ${fromLanguage(language)}, приведённый в источнике`
        : 'перевод, приведённый в источнике',
    site: (language) =>
      language
        ? `перевод ${fromLanguage(language)}, выполненный для этого сайта`
        : 'перевод, выполненный для этого сайта',
  },
};
