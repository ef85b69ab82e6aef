import type { sources as English } from '../en/sources.ts';

export const sources: typeof English = {};
