/**
 * Open data: the themes and findings as JSON (/data/themes.json, /data/findings.json) for
 * anyone to reuse: numbers, slugs, statements and quotations as published, absolute URLs and
 * the links between themes and findings. Built from the content collections.
 */
import { isoDate } from './dates.ts';
import { absoluteUrl, routes } from './urls.ts';
import { previewImagePath } from './pages.ts';
import type { FindingKind } from './content/schemas.ts';
import { findingKindLabel } from './labels.ts';
import { insertionsIn, withoutInsertions } from '../shared/editorial.ts';

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
  kind: FindingKind;
  title: string;
  quote: string;
  attribution: string;
  summary: string;
  related: number[];
}

export interface DataContext {
  siteName: string;
  licence: string;
  /** Where the quoted text comes from, as a citation in plain text: the report, or the news item the findings quote. */
  source: string;
  /** The report a quoted news item is about, as a citation in plain text. */
  about?: string;
  generated: Date;
}

export function themesData(themes: DataTheme[], context: DataContext, config?: Config) {
  const url = (path: string) => absoluteUrl(path, config);
  return {
    title: `The ten themes of the INLOGOV report, from the ${context.siteName}`,
    source: context.source,
    notes:
      'statement: the theme as published, character for character. editorialInsertion: a word this guide adds in square brackets where the published statement stops short (null when none); editorial explains it. relatedFindings: ids in findings.json, the guide’s own reading of the connections.',
    licence: context.licence,
    generated: isoDate(context.generated),
    themes: themes.map((theme) => ({
      number: theme.number,
      slug: theme.slug,
      title: theme.title,
      statement: withoutInsertions(theme.statement),
      editorialInsertion: insertionsIn(theme.statement).join(' ') || null,
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
    title: `The passages of the PublicNet news item on the CIPD and PPMA research that this guide quotes, from the ${context.siteName}`,
    source: context.source,
    ...(context.about ? { about: context.about } : {}),
    notes:
      'source: the news item every quote is copied from (PublicNet, not the CIPD or the PPMA); about: the report it reports on. kind: what the passage is in the news item (a finding it reports, its own call, or a comment it quotes), with kindLabel in words. title and summary: this guide’s own words. quote: copied exactly from the news item. relatedThemes: theme numbers in themes.json, the guide’s own reading of the connections.',
    licence: context.licence,
    generated: isoDate(context.generated),
    findings: findings.map((finding) => ({
      id: finding.id,
      order: finding.order,
      kind: finding.kind,
      kindLabel: findingKindLabel(finding.kind),
      title: finding.title,
      quote: finding.quote,
      attribution: finding.attribution,
      summary: finding.summary,
      url: absoluteUrl(routes.finding(finding.id), config),
      relatedThemes: finding.related,
    })),
  };
}
