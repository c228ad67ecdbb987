import { describe, expect, it } from 'vitest';
import {
  contactmomentSchema,
  type NieuwReceptInvoer,
  nieuwReceptSchema,
  statuswijzigingSchema,
} from './model.ts';

const recept: NieuwReceptInvoer = {
  persoon: { voornaam: 'Els', achternaam: 'de Vries', telefoonnummer: '06 12345678' },
  toestemming: true,
  reden: 'Mevrouw is sinds de dood van haar man veel alleen en komt weinig buiten.',
  watIkBelangrijkVind: 'Weer iets doen met andere mensen, het liefst buiten.',
  contactVoorkeur: 'telefoon',
  ontvangerId: '0b6c3c9e-5d1e-4a55-9a3a-6f2f5d7e8a10',
};

const fouten = (r: unknown) => {
  const uit = nieuwReceptSchema.safeParse(r);
  return uit.success ? [] : uit.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a new welzijnsrecept', () => {
  it('accepts a complete referral and sends it by default', () => {
    const r = nieuwReceptSchema.parse(recept);
    expect(r.verzenden).toBe(true);
    expect(r.persoon.voornaam).toBe('Els');
  });

  it('needs the person’s consent to share', () => {
    expect(fouten({ ...recept, toestemming: false })).toEqual([
      [
        'toestemming',
        'Vraag eerst of de persoon het goed vindt dat u deze gegevens deelt met de welzijnscoach.',
      ],
    ]);
  });

  it('needs a way to reach the person that fits the chosen contact', () => {
    expect(fouten({ ...recept, persoon: { voornaam: 'Els', achternaam: 'de Vries' } })).toEqual([
      [
        'persoon.telefoonnummer',
        'Vul een telefoonnummer in, of kies een andere manier van contact.',
      ],
    ]);
    expect(fouten({ ...recept, contactVoorkeur: 'email' })).toEqual([
      ['persoon.eMailadres', 'Vul een e-mailadres in, of kies een andere manier van contact.'],
    ]);
    expect(
      fouten({
        ...recept,
        contactVoorkeur: 'via-huisarts',
        persoon: { voornaam: 'Els', achternaam: 'V' },
      }),
    ).toEqual([]);
  });

  it('names every missing field', () => {
    const uit = fouten({
      persoon: { voornaam: ' ', achternaam: '' },
      reden: '',
      toestemming: true,
    });
    expect(uit.map(([pad]) => pad)).toEqual([
      'persoon.voornaam',
      'persoon.achternaam',
      'reden',
      'contactVoorkeur',
      'ontvangerId',
    ]);
  });
});

describe('status changes and contactmomenten', () => {
  it('defaults the reason to empty and refuses an unknown status', () => {
    expect(statuswijzigingSchema.parse({ status: 'accepted' })).toEqual({
      status: 'accepted',
      reden: '',
    });
    expect(statuswijzigingSchema.safeParse({ status: 'klaar' }).success).toBe(false);
  });

  it('logs a contact with a date, a kind and a short note', () => {
    expect(contactmomentSchema.parse({ datum: '2026-12-03', soort: 'huisbezoek' }).notitie).toBe(
      '',
    );
    const fout = contactmomentSchema.safeParse({
      datum: '3 december',
      soort: 'gesprek',
      notitie: 'x'.repeat(501),
    });
    expect(fout.success ? [] : fout.error.issues.map((i) => i.path[0])).toEqual([
      'datum',
      'notitie',
    ]);
  });
});
