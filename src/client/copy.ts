// Copy buttons of the citation blocks. Without JavaScript the buttons stay hidden and each format
// is plain, selectable text; with it, each button copies the text of the <pre> in its own group
// and says so in its live status line.

/** Shows every copy button under `root` and makes it copy its group's text. */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = 'true';
    const group = button.closest('[data-copy-group]');
    const source = group?.querySelector('pre');
    const status = group?.querySelector<HTMLElement>('[data-copy-status]');
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: select the text instead.';
      }
    });
  }
}
