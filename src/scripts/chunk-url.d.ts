/** `import url from './module.ts?chunk-url'`: the URL of that module built as its own chunk (src/integrations/search/index.ts). */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
