/** Set by astro.config.mjs (vite.define) from src/lib/build-info.ts. */
interface ImportMetaEnv {
  readonly BUILD_ID: string;
}
