import type { common as English } from '../en/common.ts';

export const common: typeof English = {};
