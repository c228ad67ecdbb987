import './sociale-kaart.css';
import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { useTaxonomieen } from './api.ts';
import { useKaartVertaling } from './vertaling.ts';

/** A labelled checkbox (NL Design System form field). */
export function Vinkje({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox" className="kring-sk-vinkje">
      <div className="utrecht-form-field__input">
        <Checkbox id={id} checked={checked} onChange={() => onChange(!checked)} />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
    </FormField>
  );
}

/** True when the page is in English. */
export function useEngels(): boolean {
  return useKaartVertaling().i18n.language === 'en';
}

/**
 * The name of a taxonomy term in the page's language: the gemeente gives Dutch and
 * (optionally) English names; the server's Dutch name is the fallback.
 */
export function useTermNaam(): (taxonomie: string, code: string, naam: string) => string {
  const engels = useEngels();
  const taxonomieen = useTaxonomieen();
  return (taxonomie, code, naam) => {
    if (!engels) return naam;
    const term = taxonomieen.data?.taxonomieen
      .find((t) => t.code === taxonomie)
      ?.termen.find((t) => t.code === code);
    return term?.naamEn ?? naam;
  };
}

/** "5 juli 2026" / "5 July 2026". */
export function useDatum(): (iso: string) => string {
  const { i18n } = useKaartVertaling();
  return (iso) =>
    new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(iso));
}

/** "5 juli 2026 14:03". */
export function useDatumTijd(): (iso: string) => string {
  const { i18n } = useKaartVertaling();
  return (iso) =>
    new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(iso));
}

/** A language's name in the page's language: "nl" → "Nederlands" / "Dutch". */
export function useTaalNaam(): (code: string) => string {
  const { i18n } = useKaartVertaling();
  return (code) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/**
 * The search page's address (filters only, never personal), so "back to the results" on a
 * detail page returns to the same list. Kept in memory for this visit only.
 */
let zoekUrl = '/sociale-kaart';

export function onthoudZoekUrl(url: string): void {
  zoekUrl = url;
}

export function laatsteZoekUrl(): string {
  return zoekUrl;
}
