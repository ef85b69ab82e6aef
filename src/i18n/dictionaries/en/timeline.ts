/** The words of timeline (see src/i18n/ui.ts). */
export const timeline = {};
