/**
 * The embedded theme card tells the page it sits in how tall it is, whenever that changes (its
 * height depends on the frame's width), so the embed code's script can fit the frame to the card.
 * The card's only script; a page that framed it without the script just keeps its own height.
 */
import { CARD_HEIGHT_MESSAGE } from '../shared/embed-height.ts';

const card = document.querySelector('main');
if (card && parent !== window) {
  // Nothing private is sent (a height), so any page framing the card may read it.
  new ResizeObserver(() => parent.postMessage({ type: CARD_HEIGHT_MESSAGE, height: Math.ceil(card.getBoundingClientRect().height) }, '*')).observe(card);
}
