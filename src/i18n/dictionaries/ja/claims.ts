import type { claims as English } from '../en/claims.ts';

export const claims: typeof English = {};
