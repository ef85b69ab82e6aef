/** The words of common (see src/i18n/ui.ts). */
export const common = {};
