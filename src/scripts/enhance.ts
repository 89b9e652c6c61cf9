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
