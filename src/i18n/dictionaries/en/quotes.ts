/** The words of quotes (see src/i18n/ui.ts). */
export const quotes = {};
