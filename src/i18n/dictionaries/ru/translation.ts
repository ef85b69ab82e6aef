import type { translation as English } from '../en/translation.ts';

export const translation: typeof English = {
  translatedFrom: 'Перевод с английского:',
  englishOriginal: 'оригинал на английском',
  olderThanOriginal: 'Этот перевод старше английской страницы: после перевода оригинал изменился.',
  readOriginal: 'Читать актуальную английскую версию',
  notTranslated: 'Эта статья ещё не переведена на русский язык и показана на английском.',
  factsInEnglish:
    'Факты на этой странице (события, участники, цитаты) ещё не переведены на русский язык и показаны на английском.',
};
