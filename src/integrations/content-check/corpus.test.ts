/**
 * The corruption corpus: careless and hostile edits to a copy of the real content, each run
 * through the whole content check (the same one a build runs first). Each case must fail with
 * the file, the line and words that say what to fix, or pass when it is safe.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCheckError } from '../../lib/content/read.ts';
import { checkContent } from './index.ts';

const repo = new URL('../../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'content-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const THEME = 'content/themes/04-fluid-careers.mdx';
const PAGE = 'content/pages/about.mdx';
const FINDING = 'content/findings/willmott-comment.yaml';
const REPORT = 'content/reports/cipd-ppma-2012.yaml';

/** Edits to one copy of the content; each returns the file line the edit is on. */
class Copy {
  constructor(readonly root: string) {}
  read(file: string): string {
    return readFileSync(join(this.root, file), 'utf8');
  }
  write(file: string, text: string | Buffer): void {
    mkdirSync(dirname(join(this.root, file)), { recursive: true });
    writeFileSync(join(this.root, file), text);
  }
  /** Appends a paragraph to the body; returns its line. */
  append(file: string, text: string): number {
    const source = this.read(file).replace(/\n*$/, '\n');
    this.write(file, `${source}\n${text}\n`);
    return source.split('\n').length + 1;
  }
  /** Replaces a top-level field's value (YAML written on one line); returns its line. */
  setField(file: string, field: string, value: string): number {
    const lines = this.read(file).split('\n');
    const index = lines.findIndex((line) => line.startsWith(`${field}:`));
    if (index < 0) throw new Error(`${file} has no ${field}`);
    lines[index] = `${field}: ${value}`;
    this.write(file, lines.join('\n'));
    return index + 1;
  }
  /** Replaces text; returns the line it was on. */
  replace(file: string, from: string, to: string): number {
    const source = this.read(file);
    const at = source.indexOf(from);
    if (at < 0) throw new Error(`${file} has no ${JSON.stringify(from)}`);
    this.write(file, source.slice(0, at) + to + source.slice(at + from.length));
    return source.slice(0, at).split('\n').length;
  }
}

let copies = 0;
/** Runs the content check on a fresh copy of the content with one edit; the check's output ('' when it passes). */
function check(edit: (copy: Copy) => number | void): { output: string; line: number | undefined } {
  const root = join(scratch, String(copies++));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'src/components/mdx'), { recursive: true });
  cpSync(join(repo, 'src/components/mdx/index.ts'), join(root, 'src/components/mdx/index.ts'));
  const line = edit(new Copy(root)) ?? undefined;
  try {
    checkContent(root);
    return { output: '', line };
  } catch (error) {
    if (error instanceof ContentCheckError) return { output: error.message, line };
    throw error;
  }
}

type Kind = 'element' | 'attribute' | 'url' | 'code' | 'component' | 'id' | 'field' | 'limit' | 'file' | 'syntax' | 'safe';
interface Case {
  kind: Kind;
  name: string;
  /** The file the problem must be reported in (not for safe cases). */
  file?: string;
  edit: (copy: Copy) => number | void;
  /** Words the problem's line must contain. */
  words?: RegExp;
  /** False when the problem has no line of its own (a missing or misnamed file). */
  hasLine?: boolean;
}

const body = (kind: Kind, name: string, text: string, words: RegExp, file = THEME): Case => ({ kind, name, file, words, edit: (c) => c.append(file, text) });
const field = (kind: Kind, name: string, file: string, key: string, value: string, words: RegExp): Case => ({ kind, name, file, words, edit: (c) => c.setField(file, key, value) });
const safe = (name: string, text: string, file = THEME): Case => ({ kind: 'safe', name, edit: (c) => c.append(file, text) });

export const CASES: Case[] = [
  // Elements that act on the reader or the page.
  body('element', 'meta refresh to another site', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', /<meta> is not allowed in content: it can redirect/),
  body('element', 'script with a src', '<script src="https://evil.example/x.js"></script>', /<script> is not allowed in content: it runs code/),
  body('element', 'inline script in a page', '<script>{"alert(1)"}</script>', /<script> is not allowed/, PAGE),
  body('element', 'style element', '<style>{"body{display:none}"}</style>', /<style> is not allowed in content: it restyles/),
  body('element', 'iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe> is not allowed in content: it loads another page/),
  body('element', 'object', '<object data="x.swf"></object>', /<object> is not allowed/),
  body('element', 'embed', '<embed src="x.swf" />', /<embed> is not allowed/),
  body('element', 'form posting elsewhere', '<form action="https://evil.example/"><input name="q" /></form>', /<form> is not allowed in content: it sends what the reader types/),
  body('element', 'base href', '<base href="https://evil.example/" />', /<base> is not allowed in content: it changes where every link/),
  body('element', 'link element', '<link rel="stylesheet" href="https://evil.example/x.css" />', /<link> is not allowed/),
  body('element', 'svg with a script', '<svg><script>{"x"}</script></svg>', /<svg> is not allowed/),
  body('element', 'an unknown element', '<marquee>hi</marquee>', /<marquee> is not an element content may use/),
  body('element', 'raw h2 with an id', '<h2 id="in-brief">Again</h2>', /<h2> is a raw heading; write headings in Markdown/),
  body('element', 'a button', 'Press <button>this</button>.', /<button> is not allowed/),

  // Attributes.
  body('attribute', 'onclick', '<span onclick="alert(1)">x</span>', /<span onclick> is an event handler/),
  body('attribute', 'event handler in capitals', '<span ONMOUSEOVER="alert(1)">x</span>', /<span ONMOUSEOVER> is an event handler/),
  body('attribute', 'style attribute', '<span style="position:fixed">x</span>', /<span style> is not allowed/),
  body('attribute', 'an attribute content may not use', '<a href="/about/" target="_top">x</a>', /<a target> is not an attribute content may use/),
  body('attribute', 'an expression as an attribute value', '<span title={globalThis.x}>x</span>', /<span title=\{globalThis\.x\}> is JavaScript/),
  body('attribute', 'spread attributes', '<span {...{ onclick: "x" }}>x</span>', /spreads JavaScript into attributes/),

  // URLs in content and records.
  body('url', 'javascript: in a Markdown link', '[click](javascript:alert(1))', /the link "javascript:alert\(1\)": the scheme "javascript:" is not allowed/),
  body('url', 'JavaScript: in mixed case', '[click](JaVaScRiPt:alert(1))', /scheme "javascript:" is not allowed/),
  body('url', 'javascript: with a tab inside, in JSX', '<a href="java\tscript:alert(1)">x</a>', /<a href> .*scheme "javascript:" is not allowed/),
  body('url', 'javascript: written with entities', '<a href="&#106;avascript&#58;alert(1)">x</a>', /scheme "javascript:" is not allowed/),
  body('url', 'a javascript: autolink', '<javascript:alert(1)>', /is not allowed|not valid MDX/),
  {
    kind: 'url',
    name: 'a reference definition',
    file: THEME,
    words: /the link "javascript:alert\(1\)": the scheme "javascript:" is not allowed/,
    edit: (c) => c.append(THEME, '[x][evil]\n\n[evil]: javascript:alert(1)') + 2,
  },
  body('url', 'vbscript:', '[x](vbscript:msgbox)', /scheme "vbscript:" is not allowed/),
  body('url', 'a data: image', '![x](data:image/svg+xml,<svg onload=alert(1)>)', /scheme "data:" is not allowed|not valid MDX/),
  body('url', 'file:', '[passwords](file:///etc/passwd)', /scheme "file:" is not allowed/),
  body('url', 'a protocol-relative link', '[x](//evil.example/)', /must start with https:\/\//),
  body('url', 'blockquote cite javascript:', '<blockquote cite="javascript:x">q</blockquote>', /<blockquote cite> .*not allowed/),
  {
    kind: 'url',
    name: 'a report link with javascript:',
    file: REPORT,
    words: /links\.0\.url: "javascript:alert\(1\)": the scheme "javascript:" is not allowed/,
    edit: (c) => c.replace(REPORT, 'url: "https://www.cipd.co.uk', 'url: "javascript:alert(1)", x: "'),
  },

  // Code: content may not run JavaScript.
  body('code', 'import node:fs', 'import fs from "node:fs"', /import and export are not allowed in content/),
  body('code', 'export a value', 'export const title = "x"', /import and export are not allowed/),
  body('code', 'reading a file outside the project', '{fs.readFileSync("/etc/passwd", "utf8")}', /\{fs\.readFileSync.*\} is JavaScript, which content may not run/),
  body('code', 'an undefined variable', '{noSuchVariable.foo}', /\{noSuchVariable\.foo\} is JavaScript/),
  body('code', 'an expression inside a sentence', 'Two and two is {2 + 2}.', /\{2 \+ 2\} is JavaScript/),
  body('code', 'an expression on a page', '{process.env.HOME}', /is JavaScript/, PAGE),

  // Components and their props.
  body('component', 'ThemeLink to a theme that does not exist', '<ThemeLink number={42} />', /<ThemeLink> number: expected a whole number 1–10, found 42/),
  body('component', 'ThemeLink with a number as text', '<ThemeLink number="four" />', /<ThemeLink> number: expected a whole number 1–10, found the text "four"/),
  body('component', 'ThemeLink with an expression', '<ThemeLink number={3 + 1} />', /<ThemeLink number=\{3 \+ 1\}> is JavaScript/),
  body('component', 'ThemeLink without its number', '<ThemeLink />', /<ThemeLink> number: is required but missing/),
  body('component', 'FindingLink to an unknown finding', '<FindingLink id="no-such-finding" />', /<FindingLink id="no-such-finding">: no finding has that id/),
  body('component', 'a prop a component does not take', '<TenThemes limit={3} />', /<TenThemes> has no prop "limit"/, PAGE),
  body('component', 'spread props on a component', '<ThemeLink {...{ number: 4 }} />', /spreads JavaScript into props/),
  body('component', 'a component content may not use', '<Quote text="x" />', /<Quote> is not a component content can use/),
  body('component', 'a member component', '<Parts.Card />', /<Parts\.Card> is not a component/),

  // Ids the page already uses.
  body('id', 'a heading with the id main', '## Main \\{#main\\}', /heading id "main" is used by the page layout/),
  body('id', 'a heading with the id cite', '## Cite \\{#cite\\}', /heading id "cite" is used by the page layout/),
  body('id', 'an element with the id top', '<span id="top">x</span>', /id "top" is used by the page layout/),
  body('id', 'an id in a family the components use', '<span id="cite-page-apa">x</span>', /id "cite-page-apa" is used by the page layout/),
  body('id', 'an element repeating a section id', '<span id="connections">x</span>', /id "connections" is already used on line \d+/),
  body('id', 'two headings with one id', '## Again \\{#in-brief\\}', /id "in-brief" is already used on line \d+/),

  // Fields: the wrong type says what was found and what is expected.
  field('field', 'a number written as a word', THEME, 'number', '"four"', /number: expected a whole number 1–10, found the text "four"/),
  field('field', 'a number out of range', THEME, 'number', '11', /number: expected a whole number 1–10, found 11/),
  field('field', 'a number with a fraction', THEME, 'number', '4.5', /number: expected a whole number 1–10, found 4\.5/),
  field('field', 'related as one word, not a list', THEME, 'related', 'willmott-comment', /related: expected a list of finding ids, e\.g\. \[willmott-comment\], found the text "willmott-comment"/),
  field('field', 'reviewed that is not a date', THEME, 'reviewed', 'not-a-date', /reviewed: expected a date written YYYY-MM-DD, found the text "not-a-date"/),
  field('field', 'a slug with capitals and spaces', THEME, 'slug', 'Fluid Careers', /slug: expected lowercase words joined by hyphens, e\.g\. fluid-careers, found the text "Fluid Careers"/),
  field('field', 'an empty title', THEME, 'title', '""', /title: must not be empty/),
  field('field', 'a title that is a list', THEME, 'title', '[a, b]', /title: expected text, found a list of 2/),
  field('field', 'a finding order as text', FINDING, 'order', 'first', /order: expected a whole number from 1, found the text "first"/),
  field('field', 'a finding related to theme 12', FINDING, 'related', '[1, 12]', /related\.1: expected a whole number 1–10, found 12/),
  field('field', 'a report year as text', REPORT, 'year', 'twenty twelve', /year: expected a year from 1900 to 2100, found the text "twenty twelve"/),
  field('field', 'a page description as a number', PAGE, 'description', '42', /description: expected text, found 42/),

  // Limits.
  field('limit', 'a 112,000-character theme title', THEME, 'title', 'x'.repeat(112_000), /title: must be at most 55 characters .* \(this one is 112000 characters\)/),
  field('limit', 'a long meta description', THEME, 'description', 'x'.repeat(201), /description: must be at most 200 characters \(search results show about 160\)/),
  field('limit', 'a statement of a page', THEME, 'statement', 'x'.repeat(401), /statement: must be at most 400 characters/),
  field('limit', 'a finding summary of a page', FINDING, 'summary', 'x'.repeat(601), /summary: must be at most 600 characters/),
  field('limit', 'a page title too long for a tab', PAGE, 'title', 'x'.repeat(56), /title: must be at most 55 characters/),

  // Files: encoding, names, syntax, with the file's own lines.
  {
    kind: 'file',
    name: 'a byte order mark before the frontmatter',
    file: THEME,
    words: /encoding: starts with a byte order mark \(BOM\)/,
    edit: (c) => {
      c.write(THEME, `\uFEFF${c.read(THEME)}`);
      return 1;
    },
  },
  {
    kind: 'file',
    name: 'a byte order mark in a YAML file',
    file: FINDING,
    words: /encoding: starts with a byte order mark/,
    edit: (c) => {
      c.write(FINDING, `\uFEFF${c.read(FINDING)}`);
      return 1;
    },
  },
  {
    kind: 'file',
    name: 'a Windows-1252 byte in the body',
    file: THEME,
    words: /encoding: is not UTF-8 .*save the file as UTF-8/,
    edit: (c) => {
      const line = c.append(THEME, 'caf_');
      const bytes = readFileSync(join(c.root, THEME));
      bytes[bytes.lastIndexOf('_'.charCodeAt(0))] = 0xe9; // é in Windows-1252
      c.write(THEME, bytes);
      return line;
    },
  },
  {
    kind: 'file',
    name: 'a finding saved as .yml',
    file: 'content/findings/willmott-comment.yml',
    words: /is not read: findings are \.yaml files\. Rename it to willmott-comment\.yaml/,
    hasLine: false,
    edit: (c) => renameSync(join(c.root, FINDING), join(c.root, 'content/findings/willmott-comment.yml')),
  },
  {
    kind: 'file',
    name: 'a page saved as .md',
    file: 'content/pages/about.md',
    words: /is not read: pages are \.mdx files/,
    hasLine: false,
    edit: (c) => renameSync(join(c.root, PAGE), join(c.root, 'content/pages/about.md')),
  },
  {
    kind: 'syntax',
    name: 'frontmatter YAML that does not parse',
    file: THEME,
    words: /frontmatter: is not valid YAML/,
    edit: (c) => c.setField(THEME, 'related', '[willmott-comment'),
  },
  {
    kind: 'syntax',
    name: 'a YAML data file that does not parse',
    file: FINDING,
    words: /is not valid YAML/,
    edit: (c) => c.setField(FINDING, 'related', '[1, 3'),
  },
  {
    kind: 'syntax',
    name: 'a quote that never closes, named on its own line',
    file: THEME,
    words: /frontmatter: is not valid YAML: Missing closing "quote/,
    edit: (c) => c.setField(THEME, 'title', '"Fluid careers'),
  },
  {
    kind: 'syntax',
    name: 'a field written twice',
    file: THEME,
    words: /frontmatter: is not valid YAML: Map keys must be unique/,
    edit: (c) => c.replace(THEME, 'slug:', 'number: 5\nslug:') ,
  },
  body('syntax', 'a brace that never closes', 'A {brace that never closes', /is not valid MDX/),
  body('syntax', 'a tag that never closes', 'A <span lang="fr">phrase', /is not valid MDX/),
  body('syntax', 'a heading without an id, counted in file lines', '## Further reading', /heading "Further reading" has no id/),
  body('syntax', 'an h1 in the body', '# Title again \\{#again\\}', /is an h1/),

  // Safe: these pass.
  safe('a phrase in another language', 'A <span lang="fr">raison d’être</span>.'),
  safe('an MDX comment', '{/* a note for editors: outputs nothing */}'),
  safe('escaped braces and angle brackets', 'Write \\{ and \\} and \\< in text.'),
  safe('https, http, mailto and site-relative links', '[a](https://example.org/) [b](http://example.org/) [c](mailto:guide@example.org) [d](/about/) [e](#in-brief) [f](../about/)'),
  safe('an https link in capitals', '<a href="HTTPS://EXAMPLE.ORG/">x</a>'),
  safe('the documented components with literal props', '<ThemeLink number={3} /> and <FindingLink id="staff-shape-values" />.'),
  safe('abbr, q with a cite, time, small', '<abbr title="Local Government">LG</abbr> <q cite="https://example.org/">x</q> <time datetime="2014-11-03">3 November</time> <small>s</small>'),
  safe('a new id of its own', '<span id="my-note">x</span>'),
  safe('aria attributes', '<span aria-hidden="true">*</span>'),
  safe('a table in HTML', '<table><caption>c</caption><tbody><tr><th scope="row">a</th><td>b</td></tr></tbody></table>'),
  safe('a text that merely mentions javascript:', 'The text javascript: alert is only words.'),
];

describe('the corruption corpus', () => {
  it('has at least 60 cases, failing and safe', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.kind === 'safe').length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES.filter((c) => c.kind !== 'safe').map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s fails with the file, line and fix', (_, c) => {
    const { output, line } = check(c.edit);
    const lines = output.split('\n').filter((text) => text.startsWith(`  - ${c.file}`) || text.startsWith(`${c.file}`));
    const placed = (text: string) => c.hasLine === false || line === undefined || text.includes(`${c.file}:${line} `) || new RegExp(`\\bline ${line}\\b`).test(text);
    const hit = lines.find((text) => placed(text) && (c.words as RegExp).test(text));
    expect(hit, `expected ${c.file}${line ? `:${line}` : ''} and ${String(c.words)} in:\n${output || '(the check passed)'}`).toBeDefined();
  });

  it.each(CASES.filter((c) => c.kind === 'safe').map((c) => [c.name, c] as const))('%s passes', (_, c) => {
    expect(check(c.edit).output).toBe('');
  });
});
