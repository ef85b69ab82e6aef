/** The words of record (see src/i18n/ui.ts). */
export const record = {};
