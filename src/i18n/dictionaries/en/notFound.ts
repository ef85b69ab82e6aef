/** The words of notFound (see src/i18n/ui.ts). */
export const notFound = {};
