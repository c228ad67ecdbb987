import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

/** Flattens nested translations to `a.b.c → value`, keeping non-strings to report them. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** `{{name}}` placeholders and `<tag>` markers must survive translation. */
function markers(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)>/g)].map((m) => m[0]).sort();
}

const languages = { nl: flatten(nl), en: flatten(en) };

describe('translations', () => {
  it('nl and en have exactly the same keys', () => {
    const nlKeys = [...languages.nl.keys()].sort();
    const enKeys = [...languages.en.keys()].sort();
    expect(enKeys.filter((k) => !languages.nl.has(k))).toEqual([]);
    expect(nlKeys.filter((k) => !languages.en.has(k))).toEqual([]);
  });

  for (const [language, entries] of Object.entries(languages)) {
    it(`${language} has a non-empty text for every key`, () => {
      const bad = [...entries].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => k)).toEqual([]);
    });
  }

  it('keeps the same placeholders and tags in both languages', () => {
    const differ = [...languages.nl].filter(([key, value]) => {
      const other = languages.en.get(key);
      return (
        typeof value === 'string' &&
        typeof other === 'string' &&
        markers(value).join() !== markers(other).join()
      );
    });
    expect(differ.map(([k]) => k)).toEqual([]);
  });
});
