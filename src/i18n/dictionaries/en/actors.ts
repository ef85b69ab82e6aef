/** The words of actors (see src/i18n/ui.ts). */
export const actors = {};
