import type { notFound as English } from '../en/notFound.ts';

export const notFound: typeof English = {};
