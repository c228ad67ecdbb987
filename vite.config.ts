import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { LANGUAGES, type Language } from './src/web/i18n/languages.ts';
import { SECTIONS, type Section, sectionTexts } from './src/web/i18n/sections.ts';

// The web app lives in src/web and is built into dist/web, where the Kring server serves it
// at `/` (with an SPA fallback). In development the Vite server forwards API calls to a
// Kring server on port 3000, so the app talks to `/api/v1` in both cases.
const server = 'http://localhost:3000';
const proxy = { '/api': server, '/metrics': server };

/**
 * @utrecht/component-library-react ships one index.mjs in which every component is followed by
 * `X.displayName = 'X'`. Such a property write counts as a side effect, so the bundler keeps
 * all ~100 components (≈190 kB) although Kring uses a dozen. displayName only labels
 * components in React DevTools, so dropping those lines in this one file lets tree-shaking
 * work, without loosening tree-shaking for any other package.
 */
function treeShakeUtrechtReact(): Plugin {
  const file = /@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/;
  return {
    name: 'kring:tree-shake-utrecht-react',
    apply: 'build',
    transform: {
      filter: { id: file },
      handler(code) {
        return { code: code.replace(/^\w+\.displayName = '\w+';$/gm, ''), map: null };
      },
    },
  };
}

/**
 * `virtual:kring-texts/<language>/<section>`: one section (src/web/i18n/sections.ts) of one
 * language's texts, cut from src/web/i18n/<language>.json. Each becomes a small chunk that
 * i18n/index.ts loads when needed, so a first visit downloads only the start texts of one
 * language. The JSON files themselves stay whole: one place per language to translate.
 */
function textSections(): Plugin {
  const prefix = 'virtual:kring-texts/';
  return {
    name: 'kring:text-sections',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const [language, section] = id.slice(prefix.length + 1).split('/');
      if (!LANGUAGES.includes(language as Language) || !SECTIONS.includes(section as Section)) {
        throw new Error(`unknown texts ${id.slice(1)}`);
      }
      const file = fileURLToPath(new URL(`./src/web/i18n/${language}.json`, import.meta.url));
      this.addWatchFile(file);
      const texts = sectionTexts(JSON.parse(readFileSync(file, 'utf8')), section as Section);
      // JSON.parse of a string literal parses faster than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
  };
}

/**
 * Dutch is the default, so index.html preloads the Dutch start texts: they download in
 * parallel with the app instead of after it, and the first paint waits for no second round
 * trip. (An English visitor loads the English start texts on top, ≈6 kB gzip.)
 */
function preloadDefaultTexts(moduleId: string): Plugin {
  let base = '/';
  return {
    name: 'kring:preload-default-texts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId === moduleId,
        );
        if (!chunk) throw new Error(`no chunk for ${moduleId}: is it still loaded lazily?`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [
    react(),
    treeShakeUtrechtReact(),
    textSections(),
    preloadDefaultTexts('\0virtual:kring-texts/nl/start'),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // The first visit's JavaScript has a hard budget of 150 kB gzip, checked by
    // `npm run check:bundle` (scripts/bundle-size.mjs), which reads this manifest to follow
    // each entry's static imports. Pages other than the start page load lazily (app/lazyPage).
    manifest: true,
    // Warn early when one chunk grows large (now the entry, ≈235 kB raw, ≈73 kB gzip).
    chunkSizeWarningLimit: 400,
  },
  server: { proxy },
  preview: { proxy },
});
