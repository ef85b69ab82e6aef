/** The words of corrections (see src/i18n/ui.ts). */
export const corrections = {};
