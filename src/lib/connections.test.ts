import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import {
  buildConnections,
  describeConnections,
  isConnected,
  narrowLayout,
  nodeText,
  textWidth,
  wideLayout,
  wrapText,
  type FindingInput,
  type MapLayout,
  type ThemeInput,
} from './connections.ts';
import { findingKindLabel } from './labels.ts';

/** The real content, read from disk as the build does. */
const content = readContent('.');
const themes = content.themes.map((e) => e.data as ThemeInput);
const findings = content.findings.map((e) => ({ ...(e.data as Omit<FindingInput, 'id'>), id: e.file.replace(/^.*\/|\.ya?ml$/g, '') }));
const graph = buildConnections(themes, findings);

describe('buildConnections on the real content', () => {
  it('has one node per theme, in number order, and one per finding, in their order', () => {
    expect(graph.themes.map((n) => n.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(graph.findings.map((n) => n.path)).toEqual(
      [...findings].sort((a, b) => a.order - b.order).map((f) => `/leadership/#${f.id}`),
    );
    expect(graph.findings.map((n) => n.marker)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
  it('has exactly the edges the themes list, and they agree with what the findings list', () => {
    const fromThemes = themes.flatMap((t) => t.related.map((id) => `${t.number}→${id}`)).sort();
    const fromFindings = findings.flatMap((f) => f.related.map((n) => `${n}→${f.id}`)).sort();
    const edges = graph.edges.map((e) => `${e.theme}→${e.finding}`).sort();
    expect(edges).toEqual(fromThemes);
    expect(edges).toEqual(fromFindings);
  });
  it('links every theme to its page and every finding to its section on /leadership/', () => {
    for (const t of themes) expect(graph.themes.find((n) => n.marker === String(t.number))?.path).toBe(`/themes/${t.slug}/`);
    for (const n of graph.findings) expect(n.path).toBe(`/leadership/#${n.section}`);
  });
  it('answers whether two nodes are connected', () => {
    expect(isConnected(graph, 8, 'willmott-comment')).toBe(true);
    expect(isConnected(graph, 9, 'willmott-comment')).toBe(false);
  });
  it('describes the drawing in words, as the guide’s reading, with its number of lines', () => {
    const text = describeConnections(graph);
    expect(text).toMatch(/^The guide’s own reading: \d+ lines join the 10 INLOGOV themes/);
    expect(text).toContain(`${graph.edges.length} lines`);
    expect(text).toContain('passages of the PublicNet news item on the CIPD / PPMA research (one call, three reported findings and one comment)');
  });
  it('names each passage by its kind, from the content’s kind field', () => {
    expect(graph.findings.map((n) => n.label.replace(/ [A-Z]: .*$/, ''))).toEqual(
      [...findings].sort((a, b) => a.order - b.order).map((f) => findingKindLabel(f.kind)),
    );
    expect(nodeText({ title: 'T', findingKind: 'comment' })).toBe('T (comment)');
  });
});

describe('buildConnections on bad relations', () => {
  const theme = (number: number, related: string[]): ThemeInput => ({ number, slug: `t${number}`, title: `T${number}`, related });
  const finding = (id: string, related: number[], order = 1): FindingInput => ({ id, order, kind: 'reported-finding', title: id, related });
  it('names a finding that does not list a theme back', () => {
    expect(() => buildConnections([theme(1, ['a'])], [finding('a', [])])).toThrow(/finding "a" › related: does not list theme 1/);
  });
  it('names a theme that does not list a finding back', () => {
    expect(() => buildConnections([theme(1, [])], [finding('a', [1])])).toThrow(/theme 1 › related: does not list finding "a"/);
  });
  it('names ids and numbers that do not exist', () => {
    expect(() => buildConnections([theme(1, ['zz'])], [finding('a', [4])])).toThrow(/no finding has id "zz"[\s\S]*no theme has number 4/);
  });
  it('follows a relation added to the content', () => {
    const small = buildConnections([theme(2, ['b']), theme(1, ['a', 'b'])], [finding('b', [1, 2], 2), finding('a', [1], 1)]);
    expect(small.edges).toEqual([
      { theme: 1, finding: 'a' },
      { theme: 1, finding: 'b' },
      { theme: 2, finding: 'b' },
    ]);
  });
});

describe('text measuring', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('A new model of values-based leadership', 150, 15);
    expect(lines.join(' ')).toBe('A new model of values-based leadership');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(150);
  });
});

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each([
  ['wide', wideLayout(graph)],
  ['narrow', narrowLayout(graph)],
] as [string, MapLayout][])('the %s layout', (name, layout) => {
  it('places every node once and draws every edge once', () => {
    expect(layout.nodes.map((n) => n.node.key)).toEqual([...graph.themes, ...graph.findings].map((n) => n.key));
    expect(layout.edges.map((e) => e.edge)).toEqual(graph.edges);
    for (const e of layout.edges) expect(e.d).toMatch(/^M[\d.]+,[\d.]+ [CL]/);
  });
  it('keeps every node and label inside the drawing, with no two nodes overlapping', () => {
    const all = [...layout.nodes, ...layout.key];
    for (const n of all) {
      expect(n.box.x).toBeGreaterThanOrEqual(0);
      expect(n.box.y).toBeGreaterThanOrEqual(0);
      expect(n.box.x + n.box.width).toBeLessThanOrEqual(layout.width);
      expect(n.box.y + n.box.height).toBeLessThanOrEqual(layout.height);
      const widest = Math.max(...n.text.lines.map((l) => textWidth(l, n.text.size)));
      if (n.text.lines[0] !== n.node.marker) expect(n.text.x + widest, `${name}: ${n.node.title}`).toBeLessThanOrEqual(n.box.x + n.box.width);
    }
    for (const [i, a] of layout.nodes.entries()) for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.node.key} / ${b.node.key}`).toBe(false);
  });
});

describe('the narrow layout', () => {
  const layout = narrowLayout(graph);
  it('is as wide as the text column on a 320 px screen (288 px), with a key naming every node', () => {
    expect(layout.width).toBe(288);
    expect(layout.key.map((k) => k.node.key)).toEqual([...graph.themes, ...graph.findings].map((n) => n.key));
    for (const [i, a] of layout.key.entries()) for (const b of layout.key.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });
  it('puts the themes in a row above the findings', () => {
    const themeYs = layout.nodes.filter((n) => n.node.kind === 'theme').map((n) => n.marker.y);
    const findingYs = layout.nodes.filter((n) => n.node.kind === 'finding').map((n) => n.marker.y);
    expect(Math.max(...themeYs)).toBeLessThan(Math.min(...findingYs));
  });
});

describe('the wide layout', () => {
  it('is wider than tall, so it prints on one page', () => {
    const layout = wideLayout(graph);
    expect(layout.width / layout.height).toBeGreaterThan(1.5);
  });
});
