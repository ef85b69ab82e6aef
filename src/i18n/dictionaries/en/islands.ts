/** The words of islands (see src/i18n/ui.ts). */
export const islands = {};
