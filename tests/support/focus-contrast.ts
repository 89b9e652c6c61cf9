/**
 * Focus contrast, which axe does not test: see focusContrast below. Used by the reading checks
 * (tests/browser/reading.test.ts), on every contract page in both schemes at 375 px.
 */
import type { Page } from 'playwright-core';

/**
 * Focuses every focusable element of the page in turn (with "Cite and share" and any other
 * block opened, so nothing is skipped) and measures the contrast of each piece of its text
 * against the colour behind it, as drawn while focused. Returns the pairs under 4.5:1 and how
 * many elements were measured.
 */
export function focusContrast(page: Page): Promise<{ measured: number; failures: string[] }> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    // Any CSS colour to sRGB bytes, through a canvas (computed colours may be rgb(), color() or oklch()).
    const rgba = (colour: string): Rgba => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = colour;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
    const background = (el: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = el; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), rgba(getComputedStyle(document.documentElement).backgroundColor));
    };
    const luminance = ([r, g, b]: Rgba) =>
      [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: Rgba, b: Rgba) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (high + 0.05) / (low + 0.05);
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden], [inert]');
    };
    const focusable = [...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')].filter(
      (el) => el.getAttribute('tabindex') !== '-1' && !(el as HTMLButtonElement).disabled,
    );
    const failures: string[] = [];
    let measured = 0;
    for (const el of focusable) {
      el.focus({ focusVisible: true } as FocusOptions);
      if (document.activeElement !== el || !visible(el)) continue;
      measured += 1;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.id}"`;
      if (el instanceof SVGElement) {
        // A node of the connections map: its words on the node's box.
        const box = el.querySelector('rect');
        for (const text of el.querySelectorAll('text')) {
          const contrast = ratio(rgba(getComputedStyle(text).fill), rgba(box ? getComputedStyle(box).fill : 'transparent'));
          if (contrast < 4.5) failures.push(`${name}: ${contrast.toFixed(2)}:1`);
        }
        continue;
      }
      const parts: Element[] = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? [el] : [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.trim() && node.parentElement && visible(node.parentElement)) parts.push(node.parentElement);
      }
      for (const part of new Set(parts)) {
        const style = getComputedStyle(part);
        if (style.opacity === '0') continue;
        const contrast = ratio(rgba(style.color), background(part));
        if (contrast < 4.5) failures.push(`${name}: ${style.color} on ${background(part).join(',')} is ${contrast.toFixed(2)}:1`);
      }
    }
    return { measured, failures };
  });
}
