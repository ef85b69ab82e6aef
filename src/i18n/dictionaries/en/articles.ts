/** The words of articles (see src/i18n/ui.ts). */
export const articles = {};
