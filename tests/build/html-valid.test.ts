/**
 * Every built page is valid HTML (html-validate, recommended rules). Exceptions, each for a reason:
 * - no-trailing-whitespace, void-style, doctype-style: formatting of Astro's output, not validity;
 * - no-inline-style: Astro writes some inline styles for its own components;
 * - no-redundant-role: role="search" on <form> is kept for older screen readers (search landmark).
 */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';

// Reads .htmlvalidate.json at the project root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it.each(builtPages())('%s has no errors', async (url) => {
    const report = await validator.validateString(readPage(url), `dist${url.endsWith('/') ? `${url}index.html` : url}`);
    const errors = report.results.flatMap((result) => result.messages).filter((m: Message) => m.severity === 2);
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
