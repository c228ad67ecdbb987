import { escapeHtml as escapeTekst } from '../../platform/html.ts';
import type { MijnGegevens } from './model.ts';

/**
 * The readable page of inzage (GDPR art. 15): the same content as the JSON, as plain HTML
 * that prints well. Every value is escaped; no scripts, no inline styles (strict CSP).
 */

/** Any value as escaped text; nothing (null, empty) shows as a dash. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return escapeTekst(String(value));
}

const datum = (iso: string | null) => (iso ? escapeHtml(iso.replace('T', ' ').slice(0, 16)) : '—');

function tabel(kop: string[], rijen: unknown[][]): string {
  if (rijen.length === 0) return '<p>Niets vastgelegd.</p>';
  const th = kop.map((k) => `<th scope="col">${escapeHtml(k)}</th>`).join('');
  const tr = rijen.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

/** Headings for the data of other modules (privacy's Gegevensbron names). */
const OVERIG_KOPPEN: Record<string, string> = {
  hulpvragen: 'Uw hulpvragen en uw verhaal',
  hulpaanbod: 'Uw aanbod als vrijwilliger',
  koppelingen: 'Uw koppelingen met een vrijwilliger of inwoner',
  berichten: 'Uw berichten',
};

/** Any JSON value as nested lists: readable without knowing its shape. */
function lijst(waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '<p>—</p>';
  if (Array.isArray(waarde)) {
    if (waarde.length === 0) return '<p>Geen.</p>';
    return `<ol>${waarde.map((w) => `<li>${lijst(w)}</li>`).join('')}</ol>`;
  }
  if (typeof waarde === 'object') {
    return `<dl>${Object.entries(waarde as Record<string, unknown>)
      .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${lijst(v)}</dd>`)
      .join('')}</dl>`;
  }
  return escapeHtml(waarde);
}

export function mijnGegevensHtml(g: MijnGegevens): string {
  const p = g.persoon;
  const persoon = p
    ? `<dl>
<dt>Naam</dt><dd>${escapeHtml(p.naam)}</dd>
<dt>Telefoonnummer</dt><dd>${escapeHtml(p.telefoonnummer)}</dd>
<dt>E-mailadres</dt><dd>${escapeHtml(p.eMailadres)}</dd>
<dt>Postcode</dt><dd>${escapeHtml(p.postcode)}</dd>
<dt>Geboortedatum</dt><dd>${escapeHtml(p.geboortedatum)}</dd>
<dt>Vastgelegd op</dt><dd>${datum(p.aangemaaktOp)}</dd>
</dl>`
    : '<p>Kring heeft geen dossier van u. Alleen uw account is bekend.</p>';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Mijn gegevens in Kring</title>
</head>
<body>
<main>
<h1>Mijn gegevens in Kring</h1>
<p>Dit zijn alle gegevens die Kring over u heeft. Gemaakt op ${datum(g.gemaaktOp)} (UTC).</p>
<h2>Uw account</h2>
<dl><dt>Naam</dt><dd>${escapeHtml(g.account.naam)}</dd><dt>Rollen</dt><dd>${escapeHtml(g.account.rollen.join(', '))}</dd></dl>
<h2>Uw gegevens</h2>
${persoon}
<h2>Wie helpt u (uw team)</h2>
${tabel(
  ['Naam', 'Organisatie', 'Rol', 'Soorten gegevens', 'Grondslag', 'Sinds', 'Tot'],
  g.betrokkenheden.map((b) => [
    escapeHtml(b.naam),
    escapeHtml(b.organisatie),
    escapeHtml(b.rol),
    escapeHtml(b.categorieen.join(', ')),
    escapeHtml(b.grondslag),
    datum(b.sinds),
    datum(b.tot),
  ]),
)}
<h2>Wettelijke vertegenwoordigers</h2>
${tabel(
  ['Naam', 'Soort', 'Sinds', 'Tot'],
  g.vertegenwoordigers.map((v) => [
    escapeHtml(v.naam),
    escapeHtml(v.soort),
    datum(v.sinds),
    datum(v.tot),
  ]),
)}
<h2>Toestemmingen</h2>
${tabel(
  ['Organisatie', 'Soorten gegevens', 'Doel', 'Geldig tot', 'Gegeven op', 'Ingetrokken op'],
  g.toestemmingen.map((t) => [
    escapeHtml(t.organisatie),
    escapeHtml(t.categorieen.join(', ')),
    escapeHtml(t.doel),
    escapeHtml(t.geldigTot),
    datum(t.gegevenOp),
    datum(t.ingetrokkenOp),
  ]),
)}
<h2>Verzoeken om iets te verbeteren</h2>
${tabel(
  ['Soort gegevens', 'Uw verzoek', 'Status', 'Reactie', 'Ingediend op'],
  g.correctieverzoeken.map((c) => [
    escapeHtml(c.categorie),
    escapeHtml(c.toelichting),
    escapeHtml(c.status),
    escapeHtml(c.reactie),
    datum(c.ingediendOp),
  ]),
)}
<h2>Wie heeft uw gegevens bekeken</h2>
${tabel(
  ['Wanneer (UTC)', 'Wie', 'Organisatie', 'Wat', 'Soort gegevens', 'Waarom', 'Spoed'],
  g.toegangslog.map((r) => [
    datum(r.op),
    escapeHtml(r.wie === 'medewerker' ? r.rol : r.wie),
    escapeHtml(r.organisatie),
    escapeHtml(r.actie),
    escapeHtml(r.categorie),
    escapeHtml(r.doel),
    r.doorbraak ? 'ja' : 'nee',
  ]),
)}
${Object.entries(g.overig)
  .map(([naam, waarde]) => `<h2>${escapeHtml(OVERIG_KOPPEN[naam] ?? naam)}</h2>\n${lijst(waarde)}`)
  .join('\n')}
<h2>Hoe lang bewaren we gegevens?</h2>
${tabel(
  ['Soort gegevens', 'Jaren na het einde van de hulp'],
  g.bewaartermijnen.map((b) => [escapeHtml(b.categorie), escapeHtml(b.jaren)]),
)}
</main>
</body>
</html>
`;
}
