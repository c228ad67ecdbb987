import { describe, expect, it } from 'vitest';
import { escapeHtml, mijnGegevensHtml } from './overzicht-html.ts';

describe('mijnGegevensHtml', () => {
  it('escapes everything a person or staff member typed', () => {
    expect(escapeHtml('<script>"x" & \'y\'</script>')).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
    const html = mijnGegevensHtml({
      gemaaktOp: '2026-11-23T12:00:00.000Z',
      account: { naam: 'Ans <b>', rollen: ['inwoner'] },
      persoon: null,
      betrokkenheden: [],
      vertegenwoordigers: [],
      toestemmingen: [],
      correctieverzoeken: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          categorie: 'contact',
          toelichting: '<img src=x onerror=alert(1)>',
          status: 'open',
          reactie: null,
          ingediendOp: '2026-11-23T12:00:00.000Z',
          afgehandeldOp: null,
        },
      ],
      wisverzoeken: [],
      toegangslog: [],
      bewaartermijnen: [{ categorie: 'contact', jaren: 15, standaard: true }],
      overig: { hulpvragen: { verhaal: { doetGraag: '<b>wandelen</b>' } } },
    });
    expect(html).not.toMatch(/<img|<b>|<script|style=/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Kring heeft geen dossier van u.');
  });
});
