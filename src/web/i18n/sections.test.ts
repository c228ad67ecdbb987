import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import { LAZY_SECTIONS, SECTIONS, sectionTexts } from './sections.ts';

type Texts = { [key: string]: unknown };

function leaves(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

function merge(target: Texts, source: Texts): Texts {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      existing && typeof existing === 'object' && value && typeof value === 'object'
        ? merge(existing as Texts, value as Texts)
        : value;
  }
  return target;
}

const lazyPaths = Object.values(LAZY_SECTIONS).flat();

describe('text sections', () => {
  for (const [language, texts] of Object.entries({ nl, en })) {
    it(`${language}: every text is in exactly one section, and together they are the file`, () => {
      const parts = SECTIONS.map((section) => sectionTexts(texts, section));
      const keys = parts.flatMap((part) => leaves(part));
      expect(keys.sort()).toEqual(leaves(texts).sort());
      expect(parts.reduce((all, part) => merge(all, part), {} as Texts)).toEqual(texts);
    });
  }

  it('splits any texts the same way: nothing lost, nothing twice', () => {
    const key = fc.constantFrom('socialeKaart', 'beheer', 'werkplek', 'veld', 'a', 'b');
    const tree: fc.Arbitrary<Texts> = fc.letrec<{ node: Texts }>((tie) => ({
      node: fc.dictionary(key, fc.oneof(fc.string(), tie('node')), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(tree, (texts) => {
        const keys = SECTIONS.flatMap((section) => leaves(sectionTexts(texts, section)));
        // Empty objects have no texts to keep; every text (leaf) is in exactly one section.
        const texts_ = leaves(texts).filter((k) => k !== '' && typeof get(texts, k) === 'string');
        expect(keys.filter((k) => typeof get(texts, k) === 'string').sort()).toEqual(texts_.sort());
      }),
    );
  });

  it('lists only key paths that exist, so a typo cannot silently keep texts in the first load', () => {
    expect(lazyPaths.filter((path) => get(nl, path) === undefined)).toEqual([]);
  });

  it('the first load (main.tsx and its static imports) uses no text from a lazy section', () => {
    const offenders: string[] = [];
    for (const file of staticallyImported(resolve(here, '../main.tsx'))) {
      const source = readFileSync(file, 'utf8');
      for (const path of lazyPaths) {
        if (new RegExp(`['"\`]${path.replace('.', '\\.')}\\.`).test(source)) {
          offenders.push(`${file.slice(resolve(here, '..').length + 1)} uses ${path}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

const here = dirname(fileURLToPath(import.meta.url));

function get(texts: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Texts)[key] : undefined),
      texts,
    );
}

/** A .ts/.tsx file and the local .ts/.tsx files it imports statically (not `import()`). */
function staticallyImported(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+\.tsx?)'/gm,
    )) {
      visit(resolve(dirname(file), m[1] as string));
    }
  };
  visit(entry);
  return [...seen];
}
