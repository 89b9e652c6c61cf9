/** The part of citation.js 0.8 the tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    /** Parses any format a loaded plugin knows (RIS, BibTeX, CSL-JSON) into CSL-JSON items. */
    constructor(data: string);
    data: unknown[];
  }
}
