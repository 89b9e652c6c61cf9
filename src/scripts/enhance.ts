/**
 * The one bootstrap script, loaded once on every page from BaseLayout. Pages work without it;
 * each feature below only enhances, in its own clearly separated block. Keep this file tiny:
 * a feature with more than a few lines of code loads its own module with import() on first use.
 */

// --- Print this page (full-report edition): the button is hidden until JavaScript can print.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-page]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// --- Linking and citing: heading links and copy buttons (copy.ts), quote links (quote-link.ts).
for (const control of document.querySelectorAll<HTMLElement>('[data-js-only]')) control.hidden = false;
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.('.heading-link,[data-copy]');
  if (control) void import('./copy.ts').then((copy) => copy.copyFrom(control));
});
document.addEventListener('selectionchange', () => {
  if (getSelection()?.isCollapsed === false) void import('./quote-link.ts');
});
