import type { corrections as English } from '../en/corrections.ts';

export const corrections: typeof English = {};
