/**
 * Content is data: what an MDX body may contain, checked on its syntax tree (the mdast from
 * src/lib/content/mdx.ts, with file lines) before Astro compiles it. Everything not listed
 * here is refused with the file, the line and the fix:
 *
 * - the components in src/components/mdx/index.ts, with literal props of the types in
 *   `mdxComponentProps` (src/lib/content/schemas.ts);
 * - plain Markdown, and the HTML elements and attributes below, with string values;
 * - links and images whose URL is https:, http:, mailto: or site-relative (safe-url.ts);
 * - ids that are neither reserved by the layouts nor used twice.
 *
 * No import/export, no JavaScript expressions (an MDX comment, `{/* … *\/}`, is allowed: it
 * outputs nothing), no spread props, no event handlers or style attributes.
 */
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { plainIssueMessage } from '../../lib/content/field-messages.ts';
import { headingIdMarker } from '../../lib/content/heading-ids.ts';
import type { ContentProblem } from '../../lib/content/read.ts';
import { unsafeUrlReason } from '../../lib/content/safe-url.ts';
import { isReservedId } from '../../lib/reserved-ids.ts';

/** HTML elements content may write itself: text-level and structural elements that carry no behaviour. */
export const ALLOWED_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 's', 'samp', 'small', 'span',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Elements refused with a reason of their own. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole page',
  iframe: 'loads another page into this one',
  object: 'loads a plug-in or another page',
  embed: 'loads a plug-in or another page',
  form: 'sends what the reader types somewhere',
  input: 'is part of a form',
  button: 'is part of a form',
  base: 'changes where every link on the page goes',
  meta: 'can redirect the reader to another site or change the page’s policy',
  link: 'loads files into the page',
  svg: 'can carry scripts and links',
  math: 'is not used by the site',
  template: 'holds hidden markup',
  slot: 'is not used by the site',
};

/** Attributes any allowed element may have. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'lang', 'dir', 'title', 'class', 'translate']);
/** Attributes particular elements may have. */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel', 'type'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  details: ['open'],
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

export interface AllowlistOptions {
  /** Components content may use (src/components/mdx/index.ts). */
  components: readonly string[];
  /** The props each component takes (schemas.ts `mdxComponentProps`). */
  componentProps: Readonly<Record<string, z.ZodType>>;
  /** Known finding ids, to refuse a link to one that does not exist. (Theme numbers need no list: the schema's 1–10 and the whole-set check that each is used make every one exist.) */
  findingIds?: ReadonlySet<string> | undefined;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A literal prop value written as `{4}`, `{"x"}`, `{true}` or `{-1}`; undefined (and ok: false) for anything else. */
function literalValue(program: Program | undefined): { ok: boolean; value?: unknown } {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return { ok: false };
  const expression = statement.expression;
  if (expression.type === 'Literal' && !('regex' in expression) && !('bigint' in expression)) return { ok: true, value: expression.value };
  if (expression.type === 'UnaryExpression' && expression.operator === '-' && expression.argument.type === 'Literal' && typeof expression.argument.value === 'number') {
    return { ok: true, value: -expression.argument.value };
  }
  return { ok: false };
}

const isAttribute = (attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute';

export function allowlistProblems(file: string, tree: Root, options: AllowlistOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (line: number | undefined, message: string) => problems.push(line ? { file, field: 'body', line, message } : { file, field: 'body', message });
  const components = new Set(options.components);
  const ids = new Map<string, number>();
  // Heading ids used twice are reported by heading-ids.ts; here, ids on elements against all others.
  const useId = (id: string, line: number | undefined, how: string, reportDuplicate = true) => {
    if (isReservedId(id)) add(line, `${how} "${id}" is used by the page layout (see src/lib/reserved-ids.ts); choose another id`);
    const first = ids.get(id);
    if (first === undefined) ids.set(id, line ?? 0);
    else if (reportDuplicate) add(line, `${how} "${id}" is already used on line ${first}; ids must be unique on the page`);
  };
  const checkUrl = (url: string, line: number | undefined, what: string) => {
    const reason = unsafeUrlReason(url);
    if (reason) add(line, `${what} ${JSON.stringify(url)}: ${reason}`);
  };

  const checkComponent = (node: JsxElement, name: string, line: number | undefined) => {
    const schema = options.componentProps[name];
    if (!schema) {
      add(line, `<${name}> has no props schema: add it to mdxComponentProps in src/lib/content/schemas.ts`);
      return;
    }
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes) {
      if (!isAttribute(attribute)) {
        add(line, `<${name} {…}> spreads JavaScript into props; write each prop, e.g. <ThemeLink number={4} />`);
        continue;
      }
      const { value } = attribute;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        const literal = literalValue(value.data?.estree as Program | undefined);
        if (literal.ok) props[attribute.name] = literal.value;
        else add(line, `<${name} ${attribute.name}={${value.value}}> is JavaScript; a prop must be a plain value, e.g. number={4} or id="staff-shape-values"`);
      }
    }
    const result = schema.safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) add(line, `<${name}> has no prop "${key}"; remove it`);
          continue;
        }
        const prop = issue.path.join('.');
        add(line, `<${name}> ${prop}: ${plainIssueMessage(issue, props[prop], schema)}`);
      }
      return;
    }
    const data = result.data as Record<string, unknown>;
    if (name === 'FindingLink' && options.findingIds && !options.findingIds.has(data['id'] as string)) {
      add(line, `<FindingLink id="${String(data['id'])}">: no finding has that id (known: ${[...options.findingIds].join(', ')})`);
    }
  };

  const checkElement = (node: JsxElement, name: string, line: number | undefined) => {
    if (/^h[1-6]$/.test(name)) {
      add(line, `<${name}> is a raw heading; write headings in Markdown with a hand-set id: ## Heading \\{#my-id\\}`);
      return;
    }
    if (!ALLOWED_ELEMENTS.has(name)) {
      const why = REFUSED_ELEMENTS[name];
      add(line, why ? `<${name}> is not allowed in content: it ${why}. Remove it.` : `<${name}> is not an element content may use; use Markdown or one of <${[...ALLOWED_ELEMENTS].slice(0, 8).join('>, <')}>, …`);
      return;
    }
    const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])]);
    for (const attribute of node.attributes) {
      if (!isAttribute(attribute)) {
        add(line, `<${name} {…}> spreads JavaScript into attributes; write each attribute as text`);
        continue;
      }
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) {
        add(line, `<${name} ${attribute.name}> is an event handler, which runs code; remove it`);
        continue;
      }
      if (attr === 'style') {
        add(line, `<${name} style> is not allowed: the site's styles apply to content, and the page's policy blocks style attributes; remove it`);
        continue;
      }
      if (!allowed.has(attr) && !attr.startsWith('aria-')) {
        add(line, `<${name} ${attribute.name}> is not an attribute content may use on <${name}>; remove it`);
        continue;
      }
      const { value } = attribute;
      if (value !== null && value !== undefined && typeof value !== 'string') {
        add(line, `<${name} ${attribute.name}={${value.value}}> is JavaScript; write the value as text in quotes`);
        continue;
      }
      if (typeof value === 'string' && URL_ATTRIBUTES.has(attr)) checkUrl(value, line, `<${name} ${attr}>`);
      if (attr === 'id' && typeof value === 'string') useId(value, line, `id`);
    }
  };

  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        add(line, `"${node.value.split('\n')[0]}": import and export are not allowed in content (it is data, not code). Use the components in src/components/mdx/index.ts, or add one there`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree as Program | undefined;
        if (program && program.body.length === 0) return; // an MDX comment: outputs nothing
        add(line, `{${node.value}} is JavaScript, which content may not run; to show a brace, write \\{ and \\}`);
        return;
      }
      case 'html':
        add(line, 'raw HTML is not allowed here; use Markdown or the allowed elements');
        return;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node.url, line, node.type === 'image' ? 'the image' : 'the link');
        return;
      case 'heading': {
        const marker = headingIdMarker(node);
        if (marker) useId(marker.id, line, 'heading id', false);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) return; // a fragment, <>…</>: adds nothing to the page
        if (node.name.includes('.') || node.name.includes(':')) {
          add(line, `<${node.name}> is not a component content can use. Use one of ${options.components.map((c) => `<${c}>`).join(', ')}`);
        } else if (/^[A-Z]/.test(node.name)) {
          if (components.has(node.name)) checkComponent(node, node.name, line);
        } else {
          checkElement(node, node.name, line);
        }
        return;
      }
      default:
        return;
    }
  });
  return problems;
}
