/**
 * Child process: draws the preview images (satori and sharp, src/lib/preview-image.ts) while the
 * build compiles and renders the pages, sends them back as { path, png } pairs (or the error that
 * stopped it), and exits.
 * Node runs this file as it is (type stripping), so it imports only erasable TypeScript.
 */
import sharp from 'sharp';
import { previewImagePath } from '../../lib/pages.ts';
import { displayAddress, renderPreview } from '../../lib/preview-image.ts';
import { siteCards } from './cards.ts';

// No cache (each image is drawn once) and one thread (the build uses the other core).
sharp.cache(false);
sharp.concurrency(1);

// A build that stops (a failed page, say) need not wait for the drawing: stop with it.
process.once('disconnect', () => process.exit(0));

// The cards are read from the content here too, off the build's own thread (the content check has passed by then).
process.once('message', async ({ root, siteName, shortName, homeUrl }: { root: string; siteName: string; shortName: string; homeUrl: string }) => {
  try {
    const address = displayAddress(homeUrl);
    const images = [];
    for (const card of siteCards(root, siteName)) images.push({ path: previewImagePath(card.path), png: await renderPreview(card, shortName, address) });
    // Exit once sent: libvips' threads need not keep the process alive.
    process.send?.({ images }, () => process.exit(0));
  } catch (error) {
    process.send?.({ error: (error as Error).message }, () => process.exit(1));
  }
});
