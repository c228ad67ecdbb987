import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), treeShakeUtrechtReact()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Budget (now ≈418 kB, 127 kB gzipped): warn when the bundle grows, because a resident on
    // a cheap phone and a slow connection must still get a usable page quickly.
    chunkSizeWarningLimit: 450,
  },
  server: { proxy },
  preview: { proxy },
});
