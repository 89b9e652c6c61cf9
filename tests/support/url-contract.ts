/** The URL contract (tests/url-contract.json): every published URL and its section ids. */
import contract from '../url-contract.json' with { type: 'json' };

/** Reading pages and the section ids on each. */
export const urlContract: Record<string, string[]> = contract.pages;
export const contractUrls = Object.keys(urlContract);
/** The embeddable theme cards (/embed/themes/<slug>/). */
export const contractEmbeds: string[] = contract.embeds;
/** Data, oEmbed answers, preview images, robots.txt and the sitemap. */
export const contractFiles: string[] = contract.files;
