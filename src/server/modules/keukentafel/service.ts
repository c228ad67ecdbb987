import { type Actor, requireRol } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { ToegangService } from '../toegang/service.ts';
import { STANDAARD_INSTRUMENT, scoreProblemen } from './instrumenten.ts';
import {
  type Gesprek,
  type Instrument,
  type NieuwGesprek,
  type NieuwInstrument,
  nieuwGesprekSchema,
  nieuwInstrumentSchema,
} from './model.ts';
import type { KeukentafelRepository } from './repository.ts';

type InstrumentRij = Awaited<ReturnType<KeukentafelRepository['instrumenten']>>[number];
type GesprekRij = Awaited<ReturnType<KeukentafelRepository['gesprekken']>>[number];

function toInstrument(r: InstrumentRij): Instrument {
  return {
    id: r.id,
    code: r.code,
    naam: r.naam,
    soort: r.soort as Instrument['soort'],
    schaal: { min: r.schaal_min, max: r.schaal_max, labels: (r.schaal_labels ?? []) as string[] },
    onderdelen: (r.onderdelen ?? []) as Instrument['onderdelen'],
    actief: r.actief,
    ingebouwd: false,
  };
}

function toGesprek(r: GesprekRij): Gesprek {
  return {
    id: r.id,
    instrument: r.instrument,
    datum: r.datum,
    plaats: r.plaats,
    deelnemers: (r.deelnemers ?? []) as Gesprek['deelnemers'],
    scores: (r.scores ?? []) as Gesprek['scores'],
    sterktes: r.sterktes,
    kanBieden: r.kan_bieden,
    dromen: r.dromen,
    idealeDag: r.ideale_dag,
    door: r.door ?? '',
    aangemaaktOp: r.aangemaakt_op.toISOString(),
  };
}

/**
 * The keukentafelgesprek: per life domain (or dimension of another instrument) a score with
 * notes, what the person does themselves and what their network does; strengths, what they
 * could offer others, dreams and an ideal day. Recorded by the case team (category intake);
 * instruments are data, managed by the functioneel beheerder.
 */
export function createKeukentafelService(
  scopeOf: ScopeFactory,
  repository: KeukentafelRepository,
  toegang: ToegangService,
) {
  async function instrumenten(scope: GemeenteScope): Promise<Instrument[]> {
    return [STANDAARD_INSTRUMENT, ...(await repository.instrumenten(scope)).map(toInstrument)];
  }

  return {
    async instrumenten(actor: Actor): Promise<{ instrumenten: Instrument[] }> {
      if (toegang.zorgorganisaties(actor).length === 0) {
        requireRol(actor, 'functioneel-beheerder');
      }
      return { instrumenten: await instrumenten(scopeOf(actor.gemeenteId)) };
    },

    async maakInstrument(actor: Actor, input: NieuwInstrument): Promise<Instrument> {
      requireRol(actor, 'functioneel-beheerder');
      const v = nieuwInstrumentSchema.parse(input);
      const scope = scopeOf(actor.gemeenteId);
      if (v.code === STANDAARD_INSTRUMENT.code || (await repository.codeBestaat(scope, v.code))) {
        throw veldFouten([{ name: 'body.code', reason: 'Deze code is al in gebruik.' }]);
      }
      const id = await repository.insertInstrument(scope, {
        code: v.code,
        naam: v.naam,
        soort: v.soort,
        min: v.schaal.min,
        max: v.schaal.max,
        labels: v.schaal.labels,
        onderdelen: v.onderdelen,
      });
      return toInstrument((await repository.instrument(scope, id))!);
    },

    async zetInstrumentActief(actor: Actor, id: string, actief: boolean): Promise<Instrument> {
      requireRol(actor, 'functioneel-beheerder');
      const scope = scopeOf(actor.gemeenteId);
      if (!(await repository.zetActief(scope, id, actief))) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Dit instrument is niet gevonden.');
      }
      return toInstrument((await repository.instrument(scope, id))!);
    },

    async gesprekken(actor: Actor, persoonId: string): Promise<{ gesprekken: Gesprek[] }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => ({
          gesprekken: (await repository.gesprekken(scope, persoonId)).map(toGesprek),
        }),
      );
    },

    /** Recorded by a member of the case team (not by the person, not under consent). */
    async leg(actor: Actor, persoonId: string, input: NieuwGesprek): Promise<Gesprek> {
      const g = nieuwGesprekSchema.parse(input);
      const scope = scopeOf(actor.gemeenteId);
      const lijst = await instrumenten(scope);
      const instrument = lijst.find((i) => i.id === g.instrument && i.actief);
      if (!instrument) {
        throw veldFouten([
          { name: 'body.instrument', reason: 'Kies een instrument dat in gebruik is.' },
        ]);
      }
      const fouten = scoreProblemen(instrument, g.scores);
      if (g.datum > new Date().toISOString().slice(0, 10)) {
        fouten.unshift({
          name: 'body.datum',
          reason: 'Het gesprek kan niet in de toekomst liggen.',
        });
      }
      if (fouten.length > 0) throw veldFouten(fouten);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'aanmaken', grondslagen: ['betrokkenheid'] },
        async (s) => {
          const id = await repository.insertGesprek(s, {
            persoonId,
            instrument: instrument.id,
            datum: g.datum,
            plaats: g.plaats,
            deelnemers: g.deelnemers,
            scores: g.scores,
            sterktes: g.sterktes,
            kanBieden: g.kanBieden,
            dromen: g.dromen,
            idealeDag: g.idealeDag,
            door: actor.accountId,
          });
          return toGesprek((await repository.gesprekken(s, persoonId)).find((r) => r.id === id)!);
        },
      );
    },

    /** For regie (inside its toegang transaction): the latest scores with the default instrument. */
    async laatsteStandaardScores(scope: GemeenteScope, persoonId: string) {
      const g = (await repository.gesprekken(scope, persoonId)).filter(
        (r) => r.instrument === STANDAARD_INSTRUMENT.id,
      );
      const laatste = g.at(-1);
      return laatste ? { datum: laatste.datum, scores: toGesprek(laatste).scores } : undefined;
    },

    bron: {
      naam: 'keukentafelgesprekken',
      categorie: 'intake' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) =>
        (await repository.gesprekken(scope, persoonId)).map(toGesprek),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type KeukentafelService = ReturnType<typeof createKeukentafelService>;
