/** The words of map (see src/i18n/ui.ts). */
export const map = {};
