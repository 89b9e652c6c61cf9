/** Text made safe to put inside a regular expression: every character that means something there is escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
