// Copy buttons of the citation blocks. Without JavaScript the buttons stay hidden and each format
// is plain, selectable text; with it, each button copies the text of the <pre> in its own group
// and says so in its live status line, in the words the page gives the button (data-copied,
// data-copy-failed: CiteFormats writes them in the page's language) or else in English.

/** Shows every copy button under `root` and makes it copy its group's text. */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = 'true';
    const group = button.closest('[data-copy-group]');
    const source = group?.querySelector('pre');
    const status = group?.querySelector<HTMLElement>('[data-copy-status]');
    if (!source || !navigator.clipboard) continue;
    const copied = button.dataset.copied ?? 'Copied.';
    const failed = button.dataset.copyFailed ?? 'Could not copy: select the text instead.';
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        if (status) status.textContent = copied;
      } catch {
        if (status) status.textContent = failed;
      }
    });
  }
}
