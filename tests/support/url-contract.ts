/** The URL contract (tests/url-contract.json): every published URL and its section ids. */
import contract from '../url-contract.json' with { type: 'json' };

export const urlContract: Record<string, string[]> = contract.pages;
export const contractUrls = Object.keys(urlContract);
