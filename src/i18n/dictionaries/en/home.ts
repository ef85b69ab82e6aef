/** The words of home (see src/i18n/ui.ts). */
export const home = {};
