import { describe, expect, it } from 'vitest';
import type { Plan } from '../../api/dossier.ts';
import {
  controleer,
  naarInvoer,
  naarStaat,
  nieuweActie,
  sleutelmaker,
  veld,
  veldVanServer,
} from './planInvoer.ts';

const PLAN: Plan = {
  hoofddoel: 'Weer vissen met mijn kleinzoon',
  doelen: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      titel: 'Rust in de geldzaken',
      acties: [
        {
          id: '00000000-0000-4000-8000-000000000002',
          omschrijving: 'Wekelijks naar de markt',
          eigenaarSoort: 'vrijwilliger',
          eigenaar: '',
          netwerklidId: null,
          aanbodId: null,
          organisatieId: null,
          deadline: '2026-11-01',
          status: 'open',
          hulpvraagId: '00000000-0000-4000-8000-000000000003',
          teLaat: true,
        },
      ],
    },
  ],
  gewijzigdOp: '2026-10-01T10:00:00.000Z',
  gewijzigdDoor: 'Sanne Bakker',
  reacties: [],
};

describe('the plan editor', () => {
  it('keeps the ids of goals and actions, so links to help requests survive an edit', () => {
    const staat = naarStaat(PLAN, sleutelmaker());
    expect(naarInvoer(staat)).toEqual({
      hoofddoel: 'Weer vissen met mijn kleinzoon',
      doelen: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          titel: 'Rust in de geldzaken',
          acties: [
            {
              id: '00000000-0000-4000-8000-000000000002',
              omschrijving: 'Wekelijks naar de markt',
              eigenaarSoort: 'vrijwilliger',
              eigenaar: '',
              netwerklidId: null,
              aanbodId: null,
              organisatieId: null,
              deadline: '2026-11-01',
              status: 'open',
            },
          ],
        },
      ],
    });
  });

  it('sends only the link that belongs to the owner type', () => {
    const sleutel = sleutelmaker();
    const actie = {
      ...nieuweActie(sleutel),
      omschrijving: 'Post samen openen',
      eigenaarSoort: 'zelf' as const,
      eigenaar: 'Mieke',
      netwerklidId: '00000000-0000-4000-8000-000000000009',
    };
    const body = naarInvoer({
      hoofddoel: ' Rust ',
      doelen: [{ sleutel: sleutel(), titel: 'Post', acties: [actie] }],
    });
    expect(body.hoofddoel).toBe('Rust');
    expect(body.doelen?.[0]?.acties?.[0]).toMatchObject({
      eigenaarSoort: 'zelf',
      eigenaar: '',
      netwerklidId: null,
      deadline: null,
    });
  });

  it('names every problem at once, with the place of the goal and action', () => {
    const sleutel = sleutelmaker();
    const netwerk = {
      ...nieuweActie(sleutel),
      omschrijving: 'Post',
      eigenaarSoort: 'netwerk' as const,
    };
    const leeg = nieuweActie(sleutel);
    const staat = {
      hoofddoel: '  ',
      doelen: [{ sleutel: 'd', titel: '', acties: [netwerk, leeg] }],
    };
    expect(controleer(staat)).toEqual([
      { veld: 'plan-hoofddoel', code: 'hoofddoel' },
      { veld: 'plan-d-d-titel', code: 'doelTitel', doel: 1 },
      { veld: veld.actie(netwerk, 'netwerklid'), code: 'netwerklid', doel: 1, actie: 1 },
      { veld: veld.actie(leeg, 'omschrijving'), code: 'omschrijving', doel: 1, actie: 2 },
      { veld: veld.actie(leeg, 'soort'), code: 'eigenaarSoort', doel: 1, actie: 2 },
    ]);
  });

  it('finds the field the server names', () => {
    const staat = naarStaat(PLAN, sleutelmaker());
    const actie = staat.doelen[0]!.acties[0]!;
    expect(veldVanServer('body.doelen.0.acties.0.omschrijving', staat)).toEqual({
      veld: veld.actie(actie, 'omschrijving'),
      code: 'omschrijving',
      doel: 1,
      actie: 1,
    });
    expect(veldVanServer('body.hoofddoel', staat)?.veld).toBe('plan-hoofddoel');
    expect(veldVanServer('body.doelen', staat)).toBeUndefined();
    expect(veldVanServer('body.doelen.4.titel', staat)).toBeUndefined();
  });
});
