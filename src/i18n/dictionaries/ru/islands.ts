import type { islands as English } from '../en/islands.ts';

export const islands: typeof English = {};
