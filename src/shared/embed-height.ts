/**
 * The message an embedded theme card (src/pages/embed/themes/) sends the page it sits in with its
 * height, and the embed code's script (src/lib/embeds.ts) reads: { type: CARD_HEIGHT_MESSAGE, height }.
 */
export const CARD_HEIGHT_MESSAGE = '21cps-card-height';
