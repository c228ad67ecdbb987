import type { KaartBasis } from './basis-service.ts';
import { type KaartImport, kaartImportSchema } from './model.ts';
import { validatieFout, veldenVan } from './omzetten.ts';
import { pc4Van } from './postcodes.ts';

/** Create-or-update by external id (demo data, HSDS and CSV import). */
export function createImportService(basis: KaartBasis) {
  const { scopeOf, repository, nu, controleerInhoud, pasToe } = basis;
  return {
    /**
     * Creates or updates organisations, locations and entries by their external id, in one
     * transaction, all published. Re-importing the same data changes nothing twice.
     */
    async importeer(
      gemeenteId: number,
      invoer: KaartImport,
      door: string | null = null,
    ): Promise<{
      organisaties: number;
      locaties: number;
      aanbod: number;
      /** External id → Kring id of each organisation. */
      organisatieIds: Record<string, string>;
    }> {
      const data = kaartImportSchema.parse(invoer);
      const scope = scopeOf(gemeenteId);
      return scope.transaction(async (trx) => {
        const organisaties = new Map<string, string>();
        for (const o of data.organisaties) {
          const { externId, ...rest } = o;
          organisaties.set(
            externId,
            await repository.upsertOrganisatie(trx, { extern_id: externId, ...rest }),
          );
        }
        const org = (externId: string, pad: string) => {
          const id = organisaties.get(externId);
          if (!id)
            throw validatieFout([{ name: pad, code: 'custom', reason: 'Onbekende organisatie.' }]);
          return id;
        };
        const locaties = new Map<string, string>();
        for (const [i, l] of data.locaties.entries()) {
          const gebied = repository.postcodes().get(pc4Van(l.postcode) ?? '');
          const verborgen = l.vertrouwelijk
            ? (gebied ?? { lat: Math.round(l.lat * 50) / 50, lon: Math.round(l.lon * 50) / 50 })
            : { lat: l.lat, lon: l.lon };
          locaties.set(
            l.externId,
            await repository.upsertLocatie(trx, {
              extern_id: l.externId,
              organisatie_id: org(l.organisatieExternId, `locaties.${i}.organisatieExternId`),
              naam: l.naam,
              adres: l.adres,
              postcode: l.postcode,
              plaats: l.plaats,
              lat: l.lat,
              lon: l.lon,
              zoek_lat: verborgen.lat,
              zoek_lon: verborgen.lon,
              vertrouwelijk: l.vertrouwelijk,
              contactroute: l.contactroute,
              route_omschrijving: l.routeOmschrijving,
            }),
          );
        }
        for (const [i, a] of data.aanbod.entries()) {
          const organisatieId = org(a.organisatieExternId, `aanbod.${i}.organisatieExternId`);
          const locatieId = a.locatieExternId ? locaties.get(a.locatieExternId) : null;
          if (locatieId === undefined) {
            throw validatieFout([
              { name: `aanbod.${i}.locatieExternId`, code: 'custom', reason: 'Onbekende locatie.' },
            ]);
          }
          const inhoud = { ...a.inhoud, locatieId };
          await controleerInhoud(trx, organisatieId, inhoud, `aanbod.${i}.inhoud`, 'alle');
          const op = a.laatstGecontroleerdOp ? new Date(a.laatstGecontroleerdOp) : nu();
          const bestaand = await repository.aanbodIdVoorExtern(trx, a.externId);
          const id =
            bestaand ??
            (await repository.maakAanbod(trx, {
              ...veldenVan(organisatieId, inhoud),
              extern_id: a.externId,
              status: 'gepubliceerd',
              laatst_gecontroleerd_op: op,
            }));
          await pasToe(trx, id, organisatieId, inhoud, op);
          await repository.schrijfHistorie(trx, [
            {
              resource_id: id,
              resource_type: 'aanbod',
              actie: bestaand ? 'bijgewerkt-door-import' : 'geimporteerd',
              door_account_id: door,
            },
          ]);
        }
        for (const s of data.samenwerkingen) {
          await repository.voegSamenwerkingToe(trx, {
            organisatie_id: org(s.organisatieExternId, 'samenwerkingen'),
            partner_id: org(s.partnerExternId, 'samenwerkingen'),
            onderwerp: s.onderwerp,
          });
        }
        return {
          organisaties: organisaties.size,
          locaties: locaties.size,
          aanbod: data.aanbod.length,
          organisatieIds: Object.fromEntries(organisaties),
        };
      });
    },
  };
}
