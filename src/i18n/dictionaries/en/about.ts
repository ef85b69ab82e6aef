/** The words of about (see src/i18n/ui.ts). */
export const about = {};
