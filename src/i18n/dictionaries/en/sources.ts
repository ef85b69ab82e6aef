/** The words of sources (see src/i18n/ui.ts). */
export const sources = {};
