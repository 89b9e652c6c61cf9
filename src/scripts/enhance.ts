/**
 * The one script every page loads: a deferred module that only listens. Each feature's real
 * code is its own module, imported on first use. Keep this file tiny (the built file ≤ 2 KB).
 */

// ---- Linking and citing: heading links, copy buttons (copy.ts) and quote links (quote-link.ts) ----
for (const control of document.querySelectorAll<HTMLElement>('[data-js-only]')) control.hidden = false;
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.('[data-copy-link],[data-copy]');
  if (control) void import('./copy.ts').then((copy) => copy.copyFrom(control));
});
document.addEventListener('selectionchange', () => {
  if (getSelection()?.isCollapsed === false) void import('./quote-link.ts');
});
