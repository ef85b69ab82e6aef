import type { articles as English } from '../en/articles.ts';

export const articles: typeof English = {};
