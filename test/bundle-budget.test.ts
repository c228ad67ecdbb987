import { describe, expect, it } from 'vitest';
import {
  budgetReport,
  type Manifest,
  routeFiles,
  scriptsInHtml,
  withStaticImports,
} from '../scripts/bundle-budget.ts';

// A made-up Vite manifest: an entry with a shared vendor chunk, a lazy search page that
// shares a helper with the entry, and a lazy admin page that must never count.
const manifest: Manifest = {
  'main.tsx': {
    file: 'assets/index-A.js',
    isEntry: true,
    imports: ['_vendor-B.js', '_helper-C.js'],
    dynamicImports: ['routes/Zoek.tsx', 'routes/Beheer.tsx', '\0virtual:texts/nl'],
  },
  '_vendor-B.js': { file: 'assets/vendor-B.js' },
  '_helper-C.js': { file: 'assets/helper-C.js', imports: ['_vendor-B.js'] },
  '_notpreloaded-D.js': { file: 'assets/notpreloaded-D.js', imports: ['_vendor-B.js'] },
  'routes/Zoek.tsx': {
    file: 'assets/Zoek-E.js',
    isDynamicEntry: true,
    imports: ['_helper-C.js', '_zoekdeel-F.js'],
    dynamicImports: ['components/Kaart.tsx'],
  },
  '_zoekdeel-F.js': { file: 'assets/zoekdeel-F.js' },
  'components/Kaart.tsx': { file: 'assets/Kaart-G.js', isDynamicEntry: true },
  'routes/Beheer.tsx': { file: 'assets/Beheer-H.js', isDynamicEntry: true },
  '\0virtual:texts/nl': { file: 'assets/nl-I.js', isDynamicEntry: true },
};

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-B.js">
<link rel="stylesheet" crossorigin href="/assets/index-Z.css">
<link rel="modulepreload" crossorigin href="/assets/nl-I.js">
<link rel="icon" href="/favicon.svg">
</head><body><script src="/not-a-module.js"></script></body></html>`;

describe('bundle budget', () => {
  it('reads the entry script and the modulepreloads from index.html, nothing else', () => {
    expect(scriptsInHtml(html)).toEqual([
      'assets/index-A.js',
      'assets/vendor-B.js',
      'assets/nl-I.js',
    ]);
  });

  it('follows static imports, also those index.html does not preload, but not import()', () => {
    const files = withStaticImports(manifest, scriptsInHtml(html));
    expect(files.sort()).toEqual(
      ['assets/helper-C.js', 'assets/index-A.js', 'assets/nl-I.js', 'assets/vendor-B.js'].sort(),
    );
    expect(files).not.toContain('assets/Beheer-H.js');
    expect(files).not.toContain('assets/Zoek-E.js');
  });

  it('a lazy route is its chunk and its static imports, without its own lazy parts', () => {
    expect(routeFiles(manifest, 'routes/Zoek.tsx').sort()).toEqual(
      [
        'assets/Zoek-E.js',
        'assets/helper-C.js',
        'assets/vendor-B.js',
        'assets/zoekdeel-F.js',
      ].sort(),
    );
    expect(() => routeFiles(manifest, 'routes/Weg.tsx')).toThrow(/no chunk for routes\/Weg\.tsx/);
  });

  it('a manifest that imports an unknown chunk is an error, not a smaller number', () => {
    const broken: Manifest = { 'main.tsx': { file: 'assets/a.js', imports: ['_gone.js'] } };
    expect(() => withStaticImports(broken, ['assets/a.js'])).toThrow(/_gone\.js/);
  });

  it('sums gzip sizes per route, counting shared files once, and names routes over budget', () => {
    const sizes: Record<string, number> = {
      'assets/index-A.js': 100_000,
      'assets/vendor-B.js': 30_000,
      'assets/helper-C.js': 2_000,
      'assets/nl-I.js': 8_000,
      'assets/Zoek-E.js': 9_000,
      'assets/zoekdeel-F.js': 1_500,
    };
    const firstLoad = withStaticImports(manifest, scriptsInHtml(html));
    const report = budgetReport({
      firstLoad,
      routes: { '/zoek': routeFiles(manifest, 'routes/Zoek.tsx') },
      gzipBytes: (file) => sizes[file] ?? Number.NaN,
      budgetKb: 150,
    });
    expect(report.first_load_js_gzip_kb).toBe(140);
    // 140 000 + Zoek 9 000 + zoekdeel 1 500; helper and vendor are already in the first load.
    expect(report.routes).toEqual({ '/': 140, '/zoek': 150.5 });
    expect(report.files['assets/vendor-B.js']).toBe(30);
    expect(report.over_budget).toEqual(['/zoek']);
    expect(
      budgetReport({ firstLoad, routes: {}, gzipBytes: (f) => sizes[f] ?? 0, budgetKb: 140 })
        .over_budget,
    ).toEqual([]);
  });
});
