import type { record as English } from '../en/record.ts';

export const record: typeof English = {};
