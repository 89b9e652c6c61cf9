/**
 * Worker thread: draws the preview images (satori and sharp, src/lib/preview-image.ts) while the
 * main thread compiles and renders the pages, and posts them back as { path, png } pairs.
 * Node runs this file as it is (type stripping), so it imports only erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { previewImagePath, type PreviewCard } from '../../lib/pages.ts';
import { displayAddress, renderPreview } from '../../lib/preview-image.ts';

const { cards, shortName, homeUrl } = workerData as { cards: PreviewCard[]; shortName: string; homeUrl: string };
const address = displayAddress(homeUrl);
const images = [];
for (const card of cards) images.push({ path: previewImagePath(card.path), png: await renderPreview(card, shortName, address) });
// Copied, not transferred: sharp's buffers live outside the JavaScript heap (and are small).
parentPort?.postMessage(images);
