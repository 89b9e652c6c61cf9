/**
 * Loads `@tailwindcss/vite` and returns it with a Vite plugin that removes, once Vite's builds are
 * done, the module resolve hook `@tailwindcss/node` registers for the whole process as it loads
 * (`module.registerHooks`). The hook adds a cache-busting `?id=` to modules a CSS file's `@plugin`
 * or `@config` imports, so that they reload in `astro dev`; this site's CSS has neither. In a
 * build it still ran for every module Node resolved afterwards, and most of those come when Astro
 * renders the pages, each page importing its chunks: about 0.35 s of the render at 1,000 pages
 * (CPU profile, docs/performance.md). Tailwind compiles the CSS during Vite's builds, with the
 * hook in place; the pages are rendered after them, without it. `astro dev` keeps it.
 */
import nodeModule from 'node:module';
import type { Plugin } from 'vite';

type Registration = ReturnType<typeof nodeModule.registerHooks>;

export async function loadTailwind(): Promise<{ tailwindcss: typeof import('@tailwindcss/vite').default; dropTailwindResolveHook: () => Plugin }> {
  const register = nodeModule.registerHooks;
  let registration: Registration | undefined;
  // Only the registration made while @tailwindcss/node loads (its stack names the package). It
  // imports `* as module`: syncBuiltinESMExports() makes that namespace see the replacement.
  nodeModule.registerHooks = (hooks) => {
    const made = register(hooks);
    if (new Error().stack?.includes('@tailwindcss')) registration = made;
    return made;
  };
  nodeModule.syncBuiltinESMExports();
  let tailwindcss: typeof import('@tailwindcss/vite').default;
  try {
    ({ default: tailwindcss } = await import('@tailwindcss/vite'));
  } finally {
    nodeModule.registerHooks = register;
    nodeModule.syncBuiltinESMExports();
  }
  const dropTailwindResolveHook = (): Plugin => ({
    name: 'drop-tailwind-resolve-hook',
    apply: 'build',
    // After every environment is built, before Astro renders the pages (its own post buildApp, listed after this one).
    buildApp: {
      order: 'post',
      async handler() {
        registration?.deregister();
        registration = undefined;
      },
    },
  });
  return { tailwindcss, dropTailwindResolveHook };
}
