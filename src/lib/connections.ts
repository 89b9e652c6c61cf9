/**
 * The connections map: nodes and edges derived from the content's `related` data (each theme's
 * `related` finding ids, checked against each finding's `related` theme numbers), and two
 * layouts of them drawn as static SVG at build time: a wide one for desks and print, and a
 * stacked one for narrow screens. Plain data in, plain data out; ConnectionsMap.astro draws it.
 */
import type { FindingKind } from './content/schemas.ts';
import { findingKindLabel, findingKindsSummary, findingLabel, numberInWords, themeLabel } from './labels.ts';
import { routes } from './urls.ts';

export interface ThemeInput {
  number: number;
  slug: string;
  title: string;
  related: string[];
}
export interface FindingInput {
  id: string;
  order: number;
  kind: FindingKind;
  title: string;
  related: number[];
}

export interface MapNode {
  /** Unique within the map: "theme-5", "finding-staff-shape-values". */
  key: string;
  kind: 'theme' | 'finding';
  /** What is drawn on the node's marker: the theme number, or a letter for a finding. */
  marker: string;
  title: string;
  /** A finding's kind (reported finding, call, comment), named after its title wherever it is drawn or listed. */
  findingKind?: FindingKind;
  /** The accessible name of the node's link. */
  label: string;
  /** Root-relative target (base path not yet added). */
  path: string;
  /** The section id the path points at, when it points into a page. */
  section?: string;
}

export interface MapEdge {
  theme: number;
  finding: string;
}

export interface ConnectionsGraph {
  themes: MapNode[];
  findings: MapNode[];
  edges: MapEdge[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What the map and the table show for a node: a theme's title; a finding's title and its kind, "… (reported finding)". */
export function nodeText(node: Pick<MapNode, 'title' | 'findingKind'>): string {
  return node.findingKind ? `${node.title} (${findingKindLabel(node.findingKind).toLowerCase()})` : node.title;
}

export const themeKey = (number: number) => `theme-${number}`;
export const findingKey = (id: string) => `finding-${id}`;

/**
 * Builds the graph from the content. Themes in number order, findings in their `order`,
 * edges in theme order then finding order. Throws, naming both sides, when the two sides
 * of a relation disagree (the build's content check says the same earlier, with file names).
 */
export function buildConnections(themeInputs: ThemeInput[], findingInputs: FindingInput[]): ConnectionsGraph {
  const themesSorted = [...themeInputs].sort((a, b) => a.number - b.number);
  const findingsSorted = [...findingInputs].sort((a, b) => a.order - b.order);
  const findingIds = new Set(findingsSorted.map((f) => f.id));
  const problems: string[] = [];
  for (const theme of themesSorted) {
    for (const id of theme.related) {
      if (!findingIds.has(id)) problems.push(`theme ${theme.number} › related: no finding has id "${id}"`);
      else if (!findingsSorted.find((f) => f.id === id)?.related.includes(theme.number)) {
        problems.push(`finding "${id}" › related: does not list theme ${theme.number}, which lists it`);
      }
    }
  }
  for (const finding of findingsSorted) {
    for (const number of finding.related) {
      const theme = themesSorted.find((t) => t.number === number);
      if (!theme) problems.push(`finding "${finding.id}" › related: no theme has number ${number}`);
      else if (!theme.related.includes(finding.id)) {
        problems.push(`theme ${number} › related: does not list finding "${finding.id}", which lists it`);
      }
    }
  }
  if (problems.length) throw new Error(`Connections disagree:\n  - ${problems.join('\n  - ')}`);
  if (findingsSorted.length > LETTERS.length) throw new Error(`Connections map: at most ${LETTERS.length} findings can be lettered`);

  const themes: MapNode[] = themesSorted.map((t) => ({
    key: themeKey(t.number),
    kind: 'theme',
    marker: String(t.number),
    title: t.title,
    label: themeLabel(t),
    path: routes.theme(t.slug),
  }));
  const findings: MapNode[] = findingsSorted.map((f, index) => {
    const letter = LETTERS[index] as string;
    return { key: findingKey(f.id), kind: 'finding', marker: letter, title: f.title, findingKind: f.kind, label: findingLabel(letter, f), path: routes.finding(f.id), section: f.id };
  });
  const order = new Map(findingsSorted.map((f, index) => [f.id, index]));
  const edges = themesSorted.flatMap((t) =>
    [...t.related].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((finding) => ({ theme: t.number, finding })),
  );
  return { themes, findings, edges };
}

/** Whether a theme and a finding are connected. */
export function isConnected(graph: ConnectionsGraph, theme: number, finding: string): boolean {
  return graph.edges.some((e) => e.theme === theme && e.finding === finding);
}

/* ------------------------------------------------------------------ layout */

/** A rough width for system-ui text: wide enough that nothing overruns its box. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[A-Z]/.test(ch) ? 0.68 : /[ilj.,:;'’!|]/.test(ch) ? 0.3 : ch === ' ' ? 0.3 : /[mw]/.test(ch) ? 0.9 : 0.6;
  return em * fontSize;
}

/** Breaks text into lines no wider than maxWidth (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Where a node's marker (circle or square) sits. */
export interface Marker {
  x: number;
  y: number;
  r: number;
}
/** Label lines and where the first one sits (baseline); later lines follow at lineHeight. */
export interface NodeText {
  x: number;
  y: number;
  lines: string[];
  lineHeight: number;
  size: number;
}
export interface PlacedNode {
  node: MapNode;
  /** The node's outline (pill or box) in the wide layout, or its circle's bounds in the narrow one. */
  box: Box;
  /** Centre of the marker circle or square. */
  marker: Marker;
  text: NodeText;
  /** Where edges attach. */
  anchor: { x: number; y: number };
}
export interface PlacedEdge {
  edge: MapEdge;
  d: string;
}
export interface KeyEntry {
  node: MapNode;
  box: Box;
  marker: Marker;
  text: NodeText;
}
export interface MapLayout {
  width: number;
  height: number;
  headings: { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle' }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Only in the narrow layout: the key that names each numbered or lettered node. */
  key: KeyEntry[];
}

export const HEADINGS = { themes: 'Ten themes · INLOGOV, 2014', findings: 'PublicNet news item, 2012' };

function edgesFor(graph: ConnectionsGraph, nodes: PlacedNode[], path: (from: PlacedNode, to: PlacedNode) => string): PlacedEdge[] {
  const byKey = new Map(nodes.map((n) => [n.node.key, n]));
  return graph.edges.map((edge) => {
    const from = byKey.get(themeKey(edge.theme));
    const to = byKey.get(findingKey(edge.finding));
    if (!from || !to) throw new Error(`Connections map: no node for ${JSON.stringify(edge)}`);
    return { edge, d: path(from, to) };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Desk width and print: themes in a column on the left, findings on the right, curves between.
 * Drawn at 880 × about 480 units, so at desk width one unit is about one CSS pixel.
 */
export function wideLayout(graph: ConnectionsGraph): MapLayout {
  const size = 15;
  const top = 40;
  const row = 44;
  const pill = { width: 290, height: 36 };
  const box = { x: 550, width: 330, lineHeight: 19 };
  const themeNodes: PlacedNode[] = graph.themes.map((node, i) => {
    const y = top + i * row;
    const cy = y + pill.height / 2;
    return {
      node,
      box: { x: 0, y, width: pill.width, height: pill.height },
      marker: { x: 18, y: cy, r: 14 },
      text: { x: 42, y: Math.round(cy + size * 0.35), lines: [node.title], lineHeight: 0, size },
      anchor: { x: pill.width, y: cy },
    };
  });
  const firstCentre = top + pill.height / 2;
  const lastCentre = top + (graph.themes.length - 1) * row + pill.height / 2;
  const count = graph.findings.length;
  const findingNodes: PlacedNode[] = graph.findings.map((node, i) => {
    const lines = wrapText(nodeText(node), box.width - 64, size);
    const height = Math.max(44, 16 + lines.length * box.lineHeight);
    const cy = count === 1 ? (firstCentre + lastCentre) / 2 : firstCentre + (i * (lastCentre - firstCentre)) / (count - 1);
    const y = cy - height / 2;
    return {
      node,
      box: { x: box.x, y, width: box.width, height },
      marker: { x: box.x + 26, y: cy, r: 14 },
      text: { x: box.x + 52, y: Math.round(cy - ((lines.length - 1) * box.lineHeight) / 2 + size * 0.35), lines, lineHeight: box.lineHeight, size },
      anchor: { x: box.x, y: cy },
    };
  });
  const nodes = [...themeNodes, ...findingNodes];
  const bottom = Math.max(...nodes.map((n) => n.box.y + n.box.height));
  const mid = (pill.width + box.x) / 2;
  return {
    width: box.x + box.width,
    height: Math.ceil(bottom + 4),
    headings: [
      { text: HEADINGS.themes, x: 0, y: 20, anchor: 'start' },
      { text: HEADINGS.findings, x: box.x, y: 20, anchor: 'start' },
    ],
    nodes,
    edges: edgesFor(graph, nodes, (a, b) => `M${a.anchor.x},${round(a.anchor.y)} C${mid},${round(a.anchor.y)} ${mid},${round(b.anchor.y)} ${b.anchor.x},${round(b.anchor.y)}`),
    key: [],
  };
}

/**
 * Narrow screens (from 320 px): a row of numbered theme circles over a row of lettered
 * finding circles, lines between, and below them a key naming every circle.
 * Drawn 288 units wide: the width of the text column on a 320 px screen, so there one unit
 * is one CSS pixel and the key's text is 14 px; wider phones show it a little larger.
 */
export const NARROW_WIDTH = 288;
export function narrowLayout(graph: ConnectionsGraph): MapLayout {
  const width = NARROW_WIDTH;
  const size = 14;
  const themeRow = 46;
  const findingRow = 196;
  const themeR = 12;
  const findingR = 15;
  const themeStep = (width - 2 * themeR - 4) / Math.max(1, graph.themes.length - 1);
  const findingStep = (width - 2 * 32) / Math.max(1, graph.findings.length - 1);
  const circle = (node: MapNode, x: number, y: number, r: number, edgeY: number): PlacedNode => ({
    node,
    box: { x: x - r, y: y - r, width: 2 * r, height: 2 * r },
    marker: { x, y, r },
    text: { x, y: y + size * 0.36, lines: [node.marker], lineHeight: 0, size: 13 },
    anchor: { x, y: edgeY },
  });
  const nodes = [
    ...graph.themes.map((node, i) => circle(node, round(themeR + 2 + i * themeStep), themeRow, themeR, themeRow + themeR)),
    ...graph.findings.map((node, i) => circle(node, round(32 + i * findingStep), findingRow, findingR, findingRow - findingR)),
  ];
  const key: KeyEntry[] = [];
  const headings: MapLayout['headings'] = [
    { text: HEADINGS.themes, x: 0, y: 18, anchor: 'start' },
    { text: HEADINGS.findings, x: 0, y: findingRow + findingR + 24, anchor: 'start' },
  ];
  let y = findingRow + findingR + 44;
  const lineHeight = 18;
  const addKey = (nodes: MapNode[], r: number) => {
    for (const node of nodes) {
      const lines = wrapText(nodeText(node), width - 34, size);
      const height = Math.max(26, 8 + lines.length * lineHeight);
      key.push({
        node,
        box: { x: 0, y, width, height },
        marker: { x: 12, y: y + 13, r },
        text: { x: 32, y: Math.round(y + 13 + size * 0.36), lines, lineHeight, size },
      });
      y += height + 2;
    }
  };
  headings.push({ text: 'Key to the numbers', x: 0, y: y + 4, anchor: 'start' });
  y += 14;
  addKey(graph.themes, 11);
  headings.push({ text: 'Key to the letters', x: 0, y: y + 16, anchor: 'start' });
  y += 26;
  addKey(graph.findings, 11);
  return {
    width,
    height: Math.ceil(y + 2),
    headings,
    nodes,
    edges: edgesFor(graph, nodes, (a, b) => `M${a.anchor.x},${a.anchor.y} L${b.anchor.x},${b.anchor.y}`),
    key,
  };
}

/** A short text description of the graph, for the SVG's <desc>; the table beside it has the detail. */
export function describeConnections(graph: ConnectionsGraph): string {
  const kinds = findingKindsSummary(graph.findings.flatMap((node) => (node.findingKind ? [node.findingKind] : [])));
  return `The guide’s own reading: ${graph.edges.length} lines join the ${graph.themes.length} INLOGOV themes, numbered, to the ${numberInWords(graph.findings.length)} passages of the PublicNet news item on the CIPD / PPMA research (${kinds}), lettered, that this guide connects them with. The table below gives the same connections.`;
}
