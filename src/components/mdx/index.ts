/** The components that MDX content may use without importing them. */
import ThemeLink from './ThemeLink.astro';
import FindingLink from './FindingLink.astro';
import TenThemes from './TenThemes.astro';
import ContactLink from './ContactLink.astro';

export const mdxComponents = { ThemeLink, FindingLink, TenThemes, ContactLink };
