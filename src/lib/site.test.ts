import { describe, expect, it } from 'vitest';
import { ConfigError, isPublishing, loadSiteConfig, parseBasePath, parseContactUrl, parseSiteUrl } from './site.ts';

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

describe('settings are validated whole', () => {
  it('fails when SITE_URL is set but empty, or unset in a build for publishing', () => {
    expect(() => loadSiteConfig({ SITE_URL: '' })).toThrow(/SITE_URL: is set but empty/);
    expect(() => loadSiteConfig({ SITE_URL: '   ' })).toThrow(/SITE_URL: is set but empty/);
    expect(() => loadSiteConfig({ PUBLISH: '1' })).toThrow(/SITE_URL: is not set, and PUBLISH=1/);
    expect(loadSiteConfig({ PUBLISH: '1', SITE_URL: 'https://example.ac.uk' }).siteUrl).toBe('https://example.ac.uk/');
    expect(isPublishing({ PUBLISH: 'true' })).toBe(true);
    expect(isPublishing({ PUBLISH: '0' })).toBe(false);
  });
  it('refuses a host name that is not one, so quotes can never reach an attribute', () => {
    for (const value of ['https://"data-injected=1".example', "https://a'b.example", 'https://a b.example', 'https://a<b.example', 'https://user:pw@example.ac.uk']) {
      expect(() => parseSiteUrl(value), value).toThrow(/SITE_URL/);
    }
    expect(parseSiteUrl('https://EXAMPLE.ac.uk')).toBe('https://example.ac.uk/');
    expect(parseSiteUrl('https://bücher.example')).toBe('https://xn--bcher-kva.example/');
    expect(parseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(parseSiteUrl('http://[::1]:4321')).toBe('http://[::1]:4321/');
  });
  it('refuses . and .. segments in BASE_PATH, naming the variable', () => {
    for (const value of ['/../', '/./', '/a/../b/', '..', '/a/./']) expect(() => parseBasePath(value), value).toThrow(/BASE_PATH: .*"\." or "\.\." segment/);
    expect(parseBasePath('/a.b/')).toBe('/a.b/');
    expect(parseBasePath('a/b')).toBe('/a/b/');
  });
});
