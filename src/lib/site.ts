/**
 * What the site says about itself: the one place for the facts in shared/site.md.
 * Deployment-specific values come from environment variables and are checked here,
 * so a bad value fails the build with a message that says what to fix.
 */
import { palette } from '../styles/tokens.ts';

export interface SiteConfig {
  name: string;
  shortName: string;
  description: string;
  publisherNote: string;
  lang: string;
  /** Absolute origin the site is published at, with a trailing slash. */
  siteUrl: string;
  /** Sub-path the site lives under: "/" or "/21cps/" (leading and trailing slash). */
  basePath: string;
  /** A web page or mailto: link, or undefined when the publisher has not set one. */
  contactUrl: string | undefined;
  licence: { text: string; code: string; textName: string; textUrl: string };
  privacy: string;
  /** The browser's UI colour in each scheme: the page background. */
  themeColor: { light: string; dark: string };
}

export class ConfigError extends Error {
  constructor(variable: string, message: string) {
    super(`Environment variable ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** The address a build without SITE_URL uses: the local preview server. */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

/**
 * SITE_URL: unset means a local build (localhost, with one warning from the content check);
 * set but empty is a mistake (a CI variable that did not resolve), and so is unset when
 * `publishing` (PUBLISH=1), because canonicals, the sitemap and robots.txt would name localhost.
 */
export function parseSiteUrl(raw: string | undefined, publishing = false): string {
  if (raw === undefined) {
    if (publishing) throw new ConfigError('SITE_URL', 'is not set, and PUBLISH=1 says this build is to be published. Set it to the address the site is published at, e.g. SITE_URL=https://example.ac.uk');
    return LOCAL_SITE_URL;
  }
  const value = raw.trim();
  if (!value) throw new ConfigError('SITE_URL', 'is set but empty. Set it to the address the site is published at (e.g. https://example.ac.uk), or unset it for a local build');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SITE_URL', `"${value}" is not an absolute URL. Use e.g. https://example.ac.uk`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('SITE_URL', `"${value}" must start with http:// or https://`);
  }
  // A host name is letters, digits, hyphens and dots (IDNs arrive as punycode), or an IP address;
  // anything else (quotes, say) would be written into pages and headers.
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname) || url.username || url.password) {
    throw new ConfigError('SITE_URL', `"${value}" does not have a valid host name (letters, digits, hyphens and dots, e.g. https://example.ac.uk)`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(
      'SITE_URL',
      `"${value}" must be an origin only (e.g. https://example.ac.uk); put a sub-path in BASE_PATH instead`,
    );
  }
  return `${url.origin}/`;
}

export function parseBasePath(raw: string | undefined): string {
  const value = raw?.trim() || '/';
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(value) || value.includes('//')) {
    throw new ConfigError('BASE_PATH', `"${value}" is not a path like /21cps/ (letters, digits, . _ ~ - and slashes only)`);
  }
  // "." and ".." would be resolved by browsers and servers but not by the build's own links and rules.
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new ConfigError('BASE_PATH', `"${value}" has a "." or ".." segment; write the path itself, e.g. /21cps/`);
  }
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function parseContactUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(value)) return value;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // fall through to the error below
  }
  throw new ConfigError('SITE_CONTACT_URL', `"${value}" must be a web address (https://…) or a mailto: link`);
}

/** PUBLISH=1 (or true/yes): a build meant for publishing, which must have SITE_URL (deploy/github-pages.yml sets it). */
export function isPublishing(env: Env = process.env): boolean {
  return /^(1|true|yes)$/i.test(env['PUBLISH']?.trim() ?? '');
}

/** Whether the build falls back to the local address (the content check warns once). */
export const usesLocalSiteUrl = (env: Env = process.env): boolean => env['SITE_URL'] === undefined;

export function loadSiteConfig(env: Env = process.env): SiteConfig {
  return {
    name: '21st Century Public Servant — Research Guide',
    shortName: '21CPS Guide',
    description:
      'The ten themes of the University of Birmingham INLOGOV report The 21st Century Public Servant (2014), with the CIPD and PPMA findings on values-based leadership (2012), in plain English.',
    publisherNote:
      'An independent guide, not affiliated with or endorsed by the University of Birmingham, INLOGOV, the ESRC, the CIPD or the PPMA.',
    lang: 'en-GB',
    siteUrl: parseSiteUrl(env['SITE_URL'], isPublishing(env)),
    basePath: parseBasePath(env['BASE_PATH']),
    contactUrl: parseContactUrl(env['SITE_CONTACT_URL']),
    licence: {
      text: 'The guide’s own text (summaries, explanations, reflection questions) is available under CC BY 4.0. Quotations and the reports themselves remain the copyright of their authors and publishers. The code is under the MIT licence.',
      textName: 'CC BY 4.0',
      textUrl: 'https://creativecommons.org/licenses/by/4.0/',
      code: 'MIT',
    },
    privacy: 'No cookies, no analytics, no requests to other sites.',
    themeColor: { light: palette.light.page, dark: palette.dark.page },
  };
}

export const site: SiteConfig = loadSiteConfig();
