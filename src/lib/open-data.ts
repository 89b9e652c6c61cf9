/**
 * Open data: the themes and findings as JSON (/data/themes.json, /data/findings.json) for
 * anyone to reuse: numbers, slugs, statements and quotations as published, absolute URLs and
 * the links between themes and findings. Built from the content collections.
 */
import { isoDate } from './dates.ts';
import { absoluteUrl, routes } from './urls.ts';
import { previewImagePath } from './pages.ts';

type Config = { siteUrl: string; basePath: string };

export interface DataTheme {
  number: number;
  slug: string;
  title: string;
  statement: string;
  editorial: string;
  related: string[];
}

export interface DataFinding {
  id: string;
  order: number;
  title: string;
  quote: string;
  attribution: string;
  summary: string;
  related: number[];
}

export interface DataContext {
  siteName: string;
  licence: string;
  /** The report the data comes from, as a citation in plain text. */
  source: string;
  generated: Date;
}

export function themesData(themes: DataTheme[], context: DataContext, config?: Config) {
  const url = (path: string) => absoluteUrl(path, config);
  return {
    title: `The ten themes of the INLOGOV report, from the ${context.siteName}`,
    source: context.source,
    notes:
      'statement: the theme as published, character for character; a part in square brackets is this guide’s editorial insertion (see editorial). relatedFindings: ids in findings.json, the guide’s own reading of the connections.',
    licence: context.licence,
    generated: isoDate(context.generated),
    themes: themes.map((theme) => ({
      number: theme.number,
      slug: theme.slug,
      title: theme.title,
      statement: theme.statement,
      editorial: theme.editorial,
      url: url(routes.theme(theme.slug)),
      shortUrl: url(routes.shortTheme(theme.number)),
      embedUrl: url(routes.embedTheme(theme.slug)),
      oembedUrl: url(routes.oembedTheme(theme.slug)),
      image: url(previewImagePath(routes.theme(theme.slug))),
      relatedFindings: theme.related,
    })),
  };
}

export function findingsData(findings: DataFinding[], context: DataContext, config?: Config) {
  return {
    title: `The CIPD and PPMA leadership findings, from the ${context.siteName}`,
    source: context.source,
    notes:
      'quote: copied exactly from the source named in attribution. summary: this guide’s own plain-English words, not the report’s. relatedThemes: theme numbers in themes.json, the guide’s own reading of the connections.',
    licence: context.licence,
    generated: isoDate(context.generated),
    findings: findings.map((finding) => ({
      id: finding.id,
      order: finding.order,
      title: finding.title,
      quote: finding.quote,
      attribution: finding.attribution,
      summary: finding.summary,
      url: absoluteUrl(routes.finding(finding.id), config),
      relatedThemes: finding.related,
    })),
  };
}
