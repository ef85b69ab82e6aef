import type { actors as English } from '../en/actors.ts';

export const actors: typeof English = {};
