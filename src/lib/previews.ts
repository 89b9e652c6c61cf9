/**
 * Link previews: for each theme and finding, what a reader sees when hovering or focusing a link
 * to it (src/scripts/link-preview.ts), built once from the content and served as
 * /data/previews.json. The labels are the site's own (labels.ts), so a preview names things as
 * the pages do.
 */
import { editorialParts, type PreviewMap } from '../shared/previews.ts';
import { buildConnections, findingKey, themeKey, type FindingInput, type ThemeInput } from './connections.ts';
import { themePosition } from './labels.ts';

export interface PreviewThemeInput extends ThemeInput {
  statement: string;
  editorial: string;
}
export interface PreviewFindingInput extends FindingInput {
  quote: string;
  attribution: string;
}

/**
 * `themeSource` is the source line under every statement ("The 21st Century Public Servant,
 * Needham and Mangan, INLOGOV, 2014"); `findingSource` names the research the findings report.
 */
export function buildPreviews(
  themes: PreviewThemeInput[],
  findings: PreviewFindingInput[],
  sources: { themeSource: string; findingSource: string },
): PreviewMap {
  const graph = buildConnections(themes, findings);
  const previews: PreviewMap = {};
  for (const theme of themes) {
    previews[themeKey(theme.number)] = {
      kicker: themePosition(theme.number, themes.length),
      title: theme.title,
      quote: editorialParts(theme.statement),
      source: sources.themeSource,
      ...(/\[[^\]]+\]/.test(theme.statement) ? { note: theme.editorial } : {}),
    };
  }
  for (const finding of findings) {
    const node = graph.findings.find((f) => f.section === finding.id);
    previews[findingKey(finding.id)] = {
      kicker: `Finding ${node?.marker ?? ''} · ${sources.findingSource}`,
      title: finding.title,
      quote: editorialParts(finding.quote),
      source: finding.attribution,
    };
  }
  return previews;
}
