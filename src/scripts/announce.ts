/** Says something in the page's one status region (BaseLayout's #status-message): read out, shown briefly. */
let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  const region = document.getElementById('status-message');
  if (!region) return;
  clearTimeout(clearTimer);
  // Empty first, so the same message twice in a row is read out twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
    clearTimer = setTimeout(() => (region.textContent = ''), 4000);
  }, 60);
}
