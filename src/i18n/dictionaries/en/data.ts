/** The words of data (see src/i18n/ui.ts). */
export const data = {};
