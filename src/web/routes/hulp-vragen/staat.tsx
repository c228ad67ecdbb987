import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  bewaarConcept,
  type Hulpvraag,
  type MijnHulpvragen,
  type Verhaal,
  verstuurHulpvraag,
} from '../../api/hulpvragen.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { type Invul, LEEG, metEerder, naarConcept, uitHulpvraag } from './concept.ts';
import { bewaar, leesBewaard } from './opslag.ts';
import type { Fout } from './stappen.ts';

/**
 * What every page of "Hulp vragen" shares while the resident goes through it: the answers,
 * where they are kept (this tab for an anonymous resident, the server's concept once logged
 * in), the consent on the check page, and the server's problems on sending.
 */
interface HulpVragenStaat {
  invul: Invul;
  ingelogd: boolean;
  conceptId: string | null;
  /** The story the resident told before (shown as "U vertelde ons eerder …"), or null. */
  eerder: Verhaal | null;
  /** Keep the answers: in this tab, or on the server (a concept) when logged in. */
  opslaan: (invul: Invul) => Promise<void>;
  /** Start again: `concept` continues a stored concept, null begins a new request. */
  begin: (concept: Hulpvraag | null) => void;
  /** Save and send (logged in). Resolves with the sent request. */
  verstuur: () => Promise<Hulpvraag>;
  toestemming: boolean;
  zetToestemming: (aan: boolean) => void;
  serverFouten: Fout[];
  zetServerFouten: (fouten: Fout[]) => void;
  /** Set by a "Wijzigen" link: after that step, go back to the check page. */
  wijzigen: boolean;
  zetWijzigen: (aan: boolean) => void;
  verstuurd: Hulpvraag | null;
}

const Context = createContext<HulpVragenStaat | null>(null);

export function useHulpVragen(): HulpVragenStaat {
  const staat = useContext(Context);
  if (!staat) throw new Error('useHulpVragen outside HulpVragenStaatProvider');
  return staat;
}

/** The draft this tab starts with. */
function beginInvul(ingelogd: boolean, mijn: MijnHulpvragen | undefined, gekozen?: string) {
  const bewaard = leesBewaard();
  if (gekozen) bewaard.conceptId = gekozen;
  const anoniem = bewaard.invul ? { ...LEEG, ...bewaard.invul } : undefined;
  if (!ingelogd) return { invul: anoniem ?? LEEG, conceptId: null };
  // Started without an account, then logged in: those answers win over older ones.
  if (anoniem && !gekozen) return { invul: metEerder(anoniem, mijn), conceptId: null };
  const concept = mijn?.hulpvragen.find(
    (h) => h.id === bewaard.conceptId && h.status === 'concept',
  );
  if (concept) return { invul: uitHulpvraag(concept, mijn), conceptId: concept.id };
  return { invul: metEerder(LEEG, mijn), conceptId: null };
}

const isGeenConceptMeer = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 409);

export function HulpVragenStaatProvider({
  ingelogd,
  mijn,
  conceptId: gekozen,
  children,
}: {
  ingelogd: boolean;
  mijn: MijnHulpvragen | undefined;
  /** A concept to continue (from Mijn Kring); otherwise this tab's own. */
  conceptId?: string | undefined;
  children: ReactNode;
}) {
  const client = useQueryClient();
  const [start] = useState(() => beginInvul(ingelogd, mijn, gekozen));
  const [invul, setInvul] = useState<Invul>(start.invul);
  // A ref as well: sending right after registering must not wait for a re-render.
  const conceptRef = useRef<string | null>(start.conceptId);
  const [conceptId, setConceptId] = useState<string | null>(start.conceptId);
  const [toestemming, zetToestemming] = useState(false);
  const [serverFouten, zetServerFouten] = useState<Fout[]>([]);
  const [wijzigen, zetWijzigen] = useState(false);
  const [verstuurd, setVerstuurd] = useState<Hulpvraag | null>(null);
  const invulRef = useRef(invul);

  const kiesConcept = (id: string | null) => {
    conceptRef.current = id;
    setConceptId(id);
  };

  const naarServer = async (antwoorden: Invul): Promise<Hulpvraag> => {
    let opgeslagen: Hulpvraag;
    try {
      opgeslagen = await bewaarConcept(conceptRef.current, naarConcept(antwoorden));
    } catch (error) {
      // Sent or deleted in another tab: keep the answers in a new concept.
      if (!conceptRef.current || !isGeenConceptMeer(error)) throw error;
      opgeslagen = await bewaarConcept(null, naarConcept(antwoorden));
    }
    kiesConcept(opgeslagen.id);
    bewaar({ conceptId: opgeslagen.id, invul: undefined });
    void client.invalidateQueries({ queryKey: ['mijn', 'hulpvragen'] });
    return opgeslagen;
  };

  const staat: HulpVragenStaat = {
    invul,
    ingelogd,
    conceptId,
    eerder: mijn?.verhaal ?? null,
    async opslaan(nieuw) {
      invulRef.current = nieuw;
      setInvul(nieuw);
      if (!ingelogd) {
        bewaar({ invul: nieuw });
        return;
      }
      await naarServer(nieuw);
    },
    begin(concept) {
      const nieuw = concept ? uitHulpvraag(concept, mijn) : metEerder(LEEG, mijn);
      invulRef.current = nieuw;
      setInvul(nieuw);
      kiesConcept(concept?.id ?? null);
      bewaar({ conceptId: concept?.id, invul: ingelogd ? undefined : LEEG });
      zetToestemming(false);
      zetServerFouten([]);
      zetWijzigen(false);
    },
    async verstuur() {
      const concept = await naarServer(invulRef.current);
      const klaar = await verstuurHulpvraag(concept.id);
      kiesConcept(null);
      bewaar({ conceptId: undefined, invul: undefined, verstuurdId: klaar.id });
      setVerstuurd(klaar);
      zetServerFouten([]);
      await client.invalidateQueries({ queryKey: ['mijn'] });
      return klaar;
    },
    toestemming,
    zetToestemming,
    serverFouten,
    zetServerFouten,
    wijzigen,
    zetWijzigen,
    verstuurd,
  };
  return <Context value={staat}>{children}</Context>;
}

/**
 * A problem in the resident's language, for the error summary; `naar` is the step where it
 * is answered. The Dutch texts are the server's own words.
 */
export function useFoutTekst() {
  const { t } = useDeelVertaling<'hulpVragen'>();
  return (f: Fout, naar?: string): FieldError => ({
    field: f.veld,
    message: t(`hulpVragen.fout.${f.code}` as 'hulpVragen.fout.voorWie'),
    naar,
  });
}
