/**
 * Link previews, loaded on the first hover or focus of a link marked `data-preview` (see
 * enhance.ts): after a short hover, or at once on keyboard focus, a card shows what the link
 * points at (a theme's statement, a finding's quotation, with its source), from
 * /data/previews.json (src/lib/previews.ts). The card is a manual popover, so it sits in the top
 * layer (nothing moves), never takes focus, and is the link's description while shown. Esc closes
 * it; a touch tap just follows the link.
 */
import { PREVIEW_ATTRIBUTE, type LinkPreview, type PreviewMap } from '../shared/previews.ts';
import { addStylesheet, BASE } from './search-load.ts';
import stylesheet from './link-preview.css?url';

/** How long the pointer rests on a link before its preview opens, and may wander off it before it closes. */
const OPEN_DELAY = 400;
const CLOSE_DELAY = 250;
const GAP = 8;

type PreviewLink = HTMLAnchorElement | SVGAElement;
const SELECTOR = `a[${PREVIEW_ATTRIBUTE}]`;

const card = document.createElement('div');
card.id = 'link-preview';
card.className = 'link-preview';
card.popover = 'manual';
card.setAttribute('role', 'tooltip');
card.setAttribute('data-pagefind-ignore', '');
document.body.append(card);

let previews: Promise<PreviewMap> | undefined;
const load = () =>
  (previews ??= Promise.all([fetch(`${BASE}data/previews.json`).then((r) => (r.ok ? r.json() : {})), addStylesheet(stylesheet, 'append')]).then(
    ([map]) => map as PreviewMap,
  ));

let current: PreviewLink | undefined;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let touched = false;

const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<PreviewLink>(SELECTOR) : null);

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function render(preview: LinkPreview): void {
  const quote = document.createElement('blockquote');
  const words = document.createElement('p');
  words.append(
    '“',
    ...preview.quote.map((part) => {
      if (typeof part === 'string') return part;
      const ins = document.createElement('ins');
      ins.className = 'editorial-insertion';
      ins.textContent = part.insertion;
      return ins;
    }),
    '”',
  );
  quote.append(words);
  card.replaceChildren(
    paragraph('link-preview-kicker', preview.kicker),
    paragraph('link-preview-title', preview.title),
    quote,
    paragraph('link-preview-source', `— ${preview.source}`),
    ...(preview.note ? [paragraph('link-preview-note', `Note on the wording: ${preview.note}`)] : []),
  );
}

function place(link: PreviewLink): void {
  const box = link.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const viewport = document.documentElement;
  const left = Math.max(GAP, Math.min(box.left, viewport.clientWidth - width - GAP));
  const below = box.bottom + GAP;
  const top = below + height > viewport.clientHeight && box.top - GAP - height >= 0 ? box.top - GAP - height : below;
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

function hide(): void {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  if (current?.getAttribute('aria-describedby') === card.id) current.removeAttribute('aria-describedby');
  current = undefined;
  if (card.matches(':popover-open')) card.hidePopover();
}

/** Shows the link's preview, if it is still hovered or focused once the previews have loaded. */
async function show(link: PreviewLink): Promise<void> {
  const map = await load();
  const preview = map[link.getAttribute(PREVIEW_ATTRIBUTE) ?? ''];
  if (!preview || !(link.matches(':hover') || document.activeElement === link)) return;
  if (current !== link) hide();
  render(preview);
  current = link;
  // The card is the link's description while it shows (never a second focus stop).
  if (!link.hasAttribute('aria-describedby')) link.setAttribute('aria-describedby', card.id);
  card.showPopover();
  place(link);
}

function hideSoon(): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    if (!card.matches(':hover') && !(current && (current.matches(':hover') || document.activeElement === current))) hide();
  }, CLOSE_DELAY);
}

/** Starts previews for the page; `first` is the link whose hover or focus loaded this code. */
export function startPreviews(first: Element, focused: boolean): void {
  document.addEventListener(
    'pointerdown',
    (event) => {
      touched = event.pointerType === 'touch';
      if (touched) hide();
    },
    true,
  );
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card.contains(event.target as Node)) return clearTimeout(closeTimer);
    const link = linkOf(event.target);
    if (!link) return;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (link !== current) openTimer = setTimeout(() => void show(link), OPEN_DELAY);
  });
  document.addEventListener('pointerout', (event) => {
    if (linkOf(event.target) && !linkOf(event.relatedTarget)) clearTimeout(openTimer);
    if (current && (linkOf(event.target) === current || card.contains(event.target as Node))) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link && !touched) void show(link);
    else if (current && !link) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event.target) === current) hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    touched = false;
    if (event.key === 'Escape' && current) hide();
  });
  document.addEventListener('click', (event) => {
    if (linkOf(event.target)) hide();
  });
  addEventListener('scroll', () => current && place(current), { passive: true, capture: true });
  addEventListener('resize', () => current && place(current));

  // Focus may have moved on while this module loaded (a reader tabbing quickly): the link
  // focused now, if any, is the one to preview.
  const link = focused ? linkOf(document.activeElement) : linkOf(first);
  if (!link) return;
  if (focused) void show(link);
  else openTimer = setTimeout(() => void show(link), OPEN_DELAY);
}
