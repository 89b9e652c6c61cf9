import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, cspProblems, headerCsp, mergeCsp, parseCsp, serializeCsp } from './security.ts';

const astroMeta = "default-src 'self';worker-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";

describe('Content-Security-Policy helpers', () => {
  it('reads a policy as Astro writes it (mixed spacing, trailing semicolon)', () => {
    const csp = parseCsp(astroMeta);
    expect([...csp.keys()]).toEqual(['default-src', 'worker-src', 'script-src', 'style-src']);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='"]);
  });
  it('merges policies source by source, without repeats', () => {
    const merged = mergeCsp([astroMeta, "script-src 'self' 'sha256-CCC='; img-src 'self'"]);
    expect(merged.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-CCC='"]);
    expect(merged.get('img-src')).toEqual(["'self'"]);
  });
  it('adds frame-ancestors for the header, replacing any there was', () => {
    expect(headerCsp(astroMeta, "'none'")).toMatch(/; frame-ancestors 'none'$/);
    expect(headerCsp("default-src 'self'; frame-ancestors 'self'", '*')).toBe("default-src 'self'; frame-ancestors *");
    expect(serializeCsp(parseCsp("a 'x';b y"))).toBe("a 'x'; b y");
  });
  it('accepts the site policy and rejects ones that let injected code run or break search', () => {
    const site = `${CSP_DIRECTIVES.join('; ')}; script-src ${CSP_SCRIPT_SOURCES.join(' ')}; style-src 'self'`;
    expect(cspProblems(site)).toEqual([]);
    expect(cspProblems(`${site.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}`)).toContain("script-src allows 'unsafe-inline'");
    expect(cspProblems("default-src 'self'; worker-src 'self'; script-src 'self'")).toContain("script-src lacks 'wasm-unsafe-eval'");
    expect(cspProblems("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")).toEqual([expect.stringMatching(/worker-src lacks 'self'/)]);
    expect(cspProblems("script-src 'self' 'wasm-unsafe-eval' https:; worker-src 'self'")).toContain('script-src allows https:');
  });
});
