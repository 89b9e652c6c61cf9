import { describe, expect, it } from 'vitest';
import { ConfigError, loadSiteConfig, parseBasePath, parseContactUrl, parseSiteUrl } from './site.ts';

describe('site configuration from the environment', () => {
  it('defaults to localhost at the root', () => {
    const config = loadSiteConfig({});
    expect(config.siteUrl).toBe('http://localhost:4321/');
    expect(config.basePath).toBe('/');
    expect(config.contactUrl).toBeUndefined();
    expect(config.lang).toBe('en-GB');
  });
  it('normalises base paths', () => {
    expect(parseBasePath('21cps')).toBe('/21cps/');
    expect(parseBasePath('/21cps')).toBe('/21cps/');
    expect(parseBasePath('/a/b/')).toBe('/a/b/');
  });
  it('names the variable and the fix for bad values', () => {
    expect(() => parseSiteUrl('example.ac.uk')).toThrow(ConfigError);
    expect(() => parseSiteUrl('example.ac.uk')).toThrow(/SITE_URL.*not an absolute URL/);
    expect(() => parseSiteUrl('ftp://example.ac.uk')).toThrow(/SITE_URL/);
    expect(() => parseSiteUrl('https://example.ac.uk/21cps/')).toThrow(/BASE_PATH/);
    expect(() => parseBasePath('/a b/')).toThrow(/BASE_PATH/);
    expect(() => parseBasePath('/a//b/')).toThrow(/BASE_PATH/);
    expect(() => parseContactUrl('someone')).toThrow(/SITE_CONTACT_URL/);
  });
  it('accepts web and mailto contacts', () => {
    expect(parseContactUrl('mailto:guide@example.ac.uk')).toBe('mailto:guide@example.ac.uk');
    expect(parseContactUrl('https://example.ac.uk/contact')).toBe('https://example.ac.uk/contact');
  });
});
