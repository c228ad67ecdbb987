// The pure part of the bundle-size check (scripts/bundle-size.mjs): which JavaScript files a
// first visit loads, and whether their gzip sizes fit the budget. No file system here, so
// test/bundle-budget.test.ts can feed it a made-up Vite manifest.

/** One entry of Vite's build manifest (dist/web/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Static imports: loaded before the chunk runs. Keys of the manifest. */
  imports?: string[];
  /** import(): loaded later, on demand. Not followed. */
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The module scripts index.html makes the browser load: the entry and every modulepreload. */
export function scriptsInHtml(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const text = tag[0];
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(text)?.[1];
    const isModule = tag[1]?.toLowerCase() === 'script' && attribute('type') === 'module';
    const isPreload = tag[1]?.toLowerCase() === 'link' && attribute('rel') === 'modulepreload';
    const url = isModule ? attribute('src') : isPreload ? attribute('href') : undefined;
    if (url) files.push(url.replace(/^\//, ''));
  }
  return files;
}

/**
 * The given files plus everything they import statically, again and again, in a stable
 * order. Dynamic imports are left out: they load later, when a lazy page is opened. A file
 * that is not in the manifest (e.g. a preloaded chunk the manifest does not list as a key)
 * is kept as it is.
 */
export function withStaticImports(manifest: Manifest, files: readonly string[]): string[] {
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const key = keyOf.get(file);
    for (const imported of (key && manifest[key]?.imports) || []) {
      const chunk = manifest[imported];
      if (!chunk) throw new Error(`manifest: ${key} imports ${imported}, which it does not list`);
      visit(chunk.file);
    }
  };
  for (const file of files) visit(file);
  return [...seen];
}

/** A lazy page's chunk (by its source path, the manifest key) with its static imports. */
export function routeFiles(manifest: Manifest, source: string): string[] {
  const chunk = manifest[source];
  if (!chunk) throw new Error(`manifest has no chunk for ${source}: is the page still built?`);
  return withStaticImports(manifest, [chunk.file]);
}

export interface BudgetReport {
  first_load_js_gzip_kb: number;
  budget_kb: number;
  /** Each first-load file with its gzip size in kB. */
  files: Record<string, number>;
  /** Per route: first load plus the route's lazy chunks, in kB gzip. */
  routes: Record<string, number>;
  /** Routes over budget; empty when all fit. */
  over_budget: string[];
}

/** kB as Vite prints them: 1000 bytes, one decimal. */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/**
 * Sums gzip sizes: the first load (`/`), and per other route the first load plus the files
 * that route adds (each file counted once). `gzipBytes` gives a file's gzip size.
 */
export function budgetReport(options: {
  firstLoad: readonly string[];
  routes: Record<string, readonly string[]>;
  gzipBytes: (file: string) => number;
  budgetKb: number;
}): BudgetReport {
  const { firstLoad, gzipBytes, budgetKb } = options;
  const total = (files: Iterable<string>) =>
    [...new Set(files)].reduce((sum, f) => sum + gzipBytes(f), 0);
  const files: Record<string, number> = {};
  for (const file of firstLoad) files[file] = kb(gzipBytes(file));
  const routes: Record<string, number> = { '/': kb(total(firstLoad)) };
  for (const [route, extra] of Object.entries(options.routes)) {
    routes[route] = kb(total([...firstLoad, ...extra]));
  }
  return {
    first_load_js_gzip_kb: routes['/'] ?? 0,
    budget_kb: budgetKb,
    files,
    routes,
    over_budget: Object.entries(routes)
      .filter(([, size]) => size > budgetKb)
      .map(([route]) => route),
  };
}
