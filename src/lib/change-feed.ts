/**
 * The change log as an Atom 1.0 feed, written by the `feed` library. Every date in it is a
 * change's date, never the build's, so rebuilding the same content writes the same feed; each
 * entry's id is changeId (a tag URI), which never changes once the entry exists.
 */
import { Feed } from 'feed';
import { changeId, type ChangeRecord } from './changes.ts';
import { absoluteUrl, routes } from './urls.ts';

export interface FeedSite {
  name: string;
  description: string;
  lang: string;
  siteUrl: string;
  basePath: string;
  licence: { textName: string };
}

export function changeFeed(log: readonly ChangeRecord[], site: FeedSite): string {
  const url = (path: string) => absoluteUrl(path, site);
  const newest = log[0]?.date ?? new Date(0);
  const feed = new Feed({
    id: url(routes.updates),
    title: `Changes to the ${site.name}`,
    description: site.description,
    link: url(routes.updates),
    language: site.lang,
    updated: newest,
    feedLinks: { atom: url(routes.updatesFeed) },
    copyright: `The guide’s own text: ${site.licence.textName}`,
    generator: 'feed',
    // Atom needs an author; site.md: the guide is written and published by its maintainers.
    author: { name: 'The guide’s maintainers' },
  });
  for (const change of log) {
    feed.addItem({
      id: changeId(change, site.siteUrl),
      title: `${change.label}: ${change.summary}`,
      link: url(change.href),
      date: change.date,
      description: change.summary,
    });
  }
  return feed.atom1();
}
