/**
 * MDX bodies as syntax trees (mdast), parsed with @mdx-js/mdx (remark-parse + remark-mdx).
 * Everything read from a body (hand-set heading ids, workshop questions, components and images for
 * the content check) comes from this tree. The build compiles the same files with Sätteri
 * (src/integrations/markdown/), whose mdast is the same for every content file but carries no
 * estree for `{…}` expressions, which the content check reads to tell a plain prop value
 * (`number={4}`) from code (docs/performance.md).
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const processor = createProcessor();

/**
 * Parses an MDX body. `firstLine` is the file line the body starts on (after the frontmatter),
 * so that every node's position is a line of the file. Throws the parser's message (with
 * `line` and `column`, also as file lines) when the body is not valid MDX.
 */
export function parseMdxBody(body: string, firstLine = 1): Root {
  const shift = firstLine - 1;
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch (error) {
    const message = error as { line?: number; place?: { line?: number; start?: { line?: number } } };
    if (shift && typeof message.line === 'number') message.line += shift;
    throw error;
  }
  if (shift) {
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += shift;
      node.position.end.line += shift;
    });
  }
  return tree;
}
