import type { quotes as English } from '../en/quotes.ts';

export const quotes: typeof English = {};
