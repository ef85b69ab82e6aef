/** The words of search (see src/i18n/ui.ts). */
export const search = {};
