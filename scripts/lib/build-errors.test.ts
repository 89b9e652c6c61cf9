import { describe, expect, it } from 'vitest';
import { describeBuildError } from './build-errors.ts';

const root = '/home/me/guide';

describe('build error messages', () => {
  it("passes on the project's own messages as they are", () => {
    const error = Object.assign(new Error('Environment variable BASE_PATH: "a b" is not a path like /21cps/'), { name: 'ConfigError' });
    expect(describeBuildError(error, root)).toBe('Environment variable BASE_PATH: "a b" is not a path like /21cps/');
  });
  it('reduces an MDX compiler error (as Vite reports it) to file, line and fix', () => {
    const error = new Error(
      `Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${root}/content/themes/02-shared-humanity.mdx:40:1\nMDXError: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`\n    at TransformPluginContextImpl.handler (file:///x.js:64:17)`,
    );
    expect(describeBuildError(error, root)).toBe(
      'content/themes/02-shared-humanity.mdx:40:1: not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`. In MDX, "{" and "<" start code: close every { } and <Tag>, or write \\{ and \\< for the characters themselves.',
    );
  });
  it('names the file and the missing import (an image, say)', () => {
    const error = new Error("Build failed with 1 error:\n\n\u001b[31m[UNRESOLVED_IMPORT] \u001b[0mCould not resolve './chart.png' in content/themes/02-shared-humanity.mdx\n    ╭─[ content/themes/02-shared-humanity.mdx:28:31 ]");
    expect(describeBuildError(error, root)).toBe('content/themes/02-shared-humanity.mdx: cannot find "./chart.png". Check the path (relative to that file), or add the missing file.');
  });
  it('says where an undefined MDX component is registered', () => {
    const error = Object.assign(new Error('Expected component `Quote` to be defined: you likely forgot to import, pass, or provide it.'), { id: 'src/pages/themes/[slug].astro' });
    expect(describeBuildError(error, root)).toBe(
      'An MDX file uses <Quote>, which is not a component content can use (while building src/pages/themes/[slug].astro). Add it to src/components/mdx/index.ts, or remove it from the content.',
    );
  });
  it("uses the location and hint of Astro's own errors", () => {
    const error = Object.assign(new Error('Unable to render Foo.'), {
      name: 'AstroError',
      title: 'Invalid component',
      hint: 'Check the import.',
      loc: { file: `${root}/src/pages/about.astro`, line: 12, column: 3 },
    });
    expect(describeBuildError(error, root)).toBe('src/pages/about.astro:12:3: Invalid component: Unable to render Foo. Check the import.');
  });
  it('keeps the first lines of anything else, without stack frames or colour codes', () => {
    const error = new Error(`\u001b[31mSomething odd\u001b[0m in ${root}/src/x.ts\n    at a (b.js:1:1)\n    at c (d.js:2:2)`);
    expect(describeBuildError(error, root)).toBe('Something odd in src/x.ts');
    expect(describeBuildError('plain string', root)).toBe('plain string');
  });
});
