/** The citation record of a page of this guide: its URL, the site as author, the build date as the date accessed. */
import { buildDate } from './build-info.ts';
import { pageBibtexKey, type PageCitationInput } from './citations.ts';
import { site } from './site.ts';
import { absoluteUrl } from './urls.ts';

export interface CitablePage {
  /** Root-relative path, e.g. "/themes/fluid-careers/". */
  path: string;
  /** The title to cite it by, e.g. "Theme 4: Fluid careers". */
  title: string;
  reviewed: Date;
}

export function pageCitationInput(page: CitablePage): PageCitationInput {
  return { title: page.title, url: absoluteUrl(page.path), siteName: site.name, date: page.reviewed, accessed: buildDate, key: pageBibtexKey(page.path) };
}
