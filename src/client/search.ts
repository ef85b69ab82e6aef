// The search page: runs Pagefind's index (built after `astro build`) in the browser. Loaded only
// on /search/. Results are built with DOM methods; only Pagefind's excerpt, whose one markup is
// <mark>, is parsed, and nothing else from it is kept.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

/** Copies an excerpt into `target`, keeping only text and <mark> elements. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  for (const node of parsed.querySelector('p')?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) target.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

export async function startSearch(base: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  status.textContent = 'Type a word or a name, such as Shikotan, Yalta or Lavrov.';
  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base });
      pagefind = module;
    }
    return pagefind;
  };

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = 'Type a word or a name, such as Shikotan, Yalta or Lavrov.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const engine = await load();
      const { results } = await engine.search(query);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      for (const item of data) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, item.excerpt);
        li.append(link, excerpt);
        list.append(li);
      }
      status.textContent =
        results.length === 0
          ? `No results for “${query}”.`
          : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”${results.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
    } catch (error) {
      console.error(error);
      status.textContent = 'The search index could not be loaded. Try reloading the page.';
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
