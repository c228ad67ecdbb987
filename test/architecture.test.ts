import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout rules of docs/architecture.md, checked on every run:
 * one shape per module, dependencies pointing one way, pure logic without I/O,
 * tenant tables only through GemeenteScope.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SERVER = join(ROOT, 'src/server');
const MODULES = join(SERVER, 'modules');
/** Platform tables (no gemeente_id) whose repositories may use Kysely directly. */
const PLATFORM_TABLE_MODULES = new Set(['gemeenten', 'accounts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Resolved local imports and bare package names of a file. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
  return {
    local: specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s)),
    packages: specs.filter((s) => !s.startsWith('.')),
  };
}

const rel = (p: string) => relative(ROOT, p);
const modules = readdirSync(MODULES).filter((m) => statSync(join(MODULES, m)).isDirectory());
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

describe('architecture', () => {
  it('reads imports correctly (so the rules below can fail)', () => {
    const { local, packages } = importsOf(join(MODULES, 'gemeenten/routes.ts'));
    expect(local).toContain(join(MODULES, 'gemeenten/model.ts'));
    expect(local).toContain(join(SERVER, 'platform/tenancy/request-gemeente.ts'));
    expect(packages).toContain('fastify-type-provider-zod');
  });

  it.each(modules)('module %s has the common shape', (module) => {
    for (const file of ['routes.ts', 'service.ts', 'repository.ts', 'model.ts', 'README.md']) {
      expect(existsSync(join(MODULES, module, file)), `${module}/${file}`).toBe(true);
    }
  });

  it('platform code never depends on a module', () => {
    for (const file of files(join(SERVER, 'platform'))) {
      for (const target of importsOf(file).local) {
        expect(target.startsWith(MODULES), `${rel(file)} imports ${rel(target)}`).toBe(false);
      }
    }
  });

  it('modules use each other only through services and models', () => {
    for (const module of modules) {
      for (const file of files(join(MODULES, module))) {
        for (const target of importsOf(file).local) {
          if (!target.startsWith(MODULES) || target.startsWith(join(MODULES, module))) continue;
          expect(/\/(service|model)\.ts$/.test(target), `${rel(file)} imports ${rel(target)}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('routes call services, never repositories or SQL', () => {
    for (const module of modules) {
      const routes = join(MODULES, module, 'routes.ts');
      const { local, packages } = importsOf(routes);
      expect(
        local.some((t) => t.endsWith('repository.ts')),
        rel(routes),
      ).toBe(false);
      expect(
        packages.filter((p) => p === 'kysely' || p === 'pg'),
        rel(routes),
      ).toEqual([]);
    }
  });

  it('pure logic files do no I/O', () => {
    // The layered files: routes.ts, service.ts, repository.ts, and their parts in a large
    // module (`zoek-repository.ts`, `bewerken-service.ts`, …).
    const layered = /^(?:[a-z0-9-]+-)?(?:routes|service|repository)\.ts$/;
    for (const module of modules) {
      for (const file of files(join(MODULES, module))) {
        const name = file.split('/').pop()!;
        if (layered.test(name) || isTest(file)) continue;
        const { local, packages } = importsOf(file);
        const io = packages.filter((p) =>
          ['kysely', 'pg', 'fastify', 'node:fs', 'node:http'].includes(p),
        );
        expect(io, rel(file)).toEqual([]);
        expect(
          local.filter((t) => t.includes('/platform/database/')),
          rel(file),
        ).toEqual([]);
      }
    }
  });

  it('tenant modules reach their tables only through GemeenteScope', () => {
    for (const module of modules) {
      if (PLATFORM_TABLE_MODULES.has(module)) continue;
      for (const file of files(join(MODULES, module)).filter((f) => !isTest(f))) {
        const text = readFileSync(file, 'utf8');
        expect(
          /\bKysely\b|\bTransaction<|\.db\.(selectFrom|insertInto|updateTable|deleteFrom)/.test(
            text,
          ),
          rel(file),
        ).toBe(false);
      }
    }
  });

  it('the web app imports server code only for shared models', () => {
    for (const file of files(join(ROOT, 'src/web'))) {
      for (const target of importsOf(file).local) {
        if (!target.startsWith(SERVER)) continue;
        expect(target.endsWith('/model.ts'), `${rel(file)} imports ${rel(target)}`).toBe(true);
      }
    }
  });
});
