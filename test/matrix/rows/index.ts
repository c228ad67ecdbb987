import type { MatrixRij } from '../matrix.ts';
import { rows as aanmelden } from './aanmelden.ts';
import { rows as accounts } from './accounts.ts';
import { rows as draaglast } from './draaglast.ts';
import { rows as gebruikersbeheer } from './gebruikersbeheer.ts';
import { rows as gemeenten } from './gemeenten.ts';
import { rows as hsds } from './hsds.ts';
import { rows as loket } from './loket.ts';
import { rows as mantelzorg } from './mantelzorg.ts';
import { rows as oidc } from './oidc.ts';
import { rows as personen } from './personen.ts';
import { rows as platform } from './platform.ts';
import { rows as privacy } from './privacy.ts';
import { rows as respijtzorg } from './respijtzorg.ts';
import { rows as sessies } from './sessies.ts';
import { rows as socialeKaart } from './sociale-kaart.ts';
import { rows as toegang } from './toegang.ts';
import { rows as welzijnsrecept } from './welzijnsrecept.ts';
import { rows as werkplek } from './werkplek.ts';
import { rows as zorgkring } from './zorgkring.ts';

/** Every module's rows, in the order they run (sessies last: it ends sessions). */
export const ALLE_RIJEN: MatrixRij[] = [
  ...platform,
  ...gemeenten,
  ...accounts,
  ...personen,
  ...toegang,
  ...privacy,
  ...oidc,
  ...socialeKaart,
  ...hsds,
  ...loket,
  ...werkplek,
  ...welzijnsrecept,
  ...mantelzorg,
  ...respijtzorg,
  ...zorgkring,
  ...draaglast,
  ...gebruikersbeheer,
  ...aanmelden,
  ...sessies,
];
