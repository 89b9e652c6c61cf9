/**
 * Worker thread: draws the preview images (satori and sharp, src/lib/preview-image.ts) while the
 * main thread compiles and renders the pages, and posts them back as { path, png } pairs.
 * Node runs this file as it is (type stripping), so it imports only erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { previewImagePath, type PreviewCard } from '../../lib/pages.ts';
import { displayAddress, renderPreview } from '../../lib/preview-image.ts';

// libvips keeps its operation cache and thread pool in the build's process after this worker
// ends: no cache (each image is drawn once) and one thread (the build uses the other core) keep
// the worker's added memory at about 150 MB instead of 185 (docs/performance.md).
sharp.cache(false);
sharp.concurrency(1);

const { cards, shortName, homeUrl } = workerData as { cards: PreviewCard[]; shortName: string; homeUrl: string };
const address = displayAddress(homeUrl);
const images = [];
for (const card of cards) images.push({ path: previewImagePath(card.path), png: await renderPreview(card, shortName, address) });
// Copied, not transferred: sharp's buffers live outside the JavaScript heap (and are small).
parentPort?.postMessage(images);
