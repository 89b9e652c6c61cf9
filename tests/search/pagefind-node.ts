/** The built index queried in Node as the browser queries it: see src/integrations/search/pagefind-node.ts. */
export * from '../../src/integrations/search/pagefind-node.ts';
