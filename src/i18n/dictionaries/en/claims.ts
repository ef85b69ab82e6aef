/** The words of claims (see src/i18n/ui.ts). */
export const claims = {};
