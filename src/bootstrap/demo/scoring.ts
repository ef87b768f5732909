import { SCORING } from '../../modules/scoring/index';
import { addMonths } from '../../shared/dates';
import type { DemoContext } from './context';
import { DEMO_AGENT } from './offers';

/** EPCI of the Métropole de Lyon (Lyon, Villeurbanne…). */
export const METROPOLE_DE_LYON = '200046977';
const BONUS_REASON = 'Démo : les salariés des PME sont en retard sur les attributions des 12 derniers mois.';

/** A balancing bonus for the PME (six months from today) and the Métropole de Lyon's territory grid, set by the agent. */
export async function seedScoring(ctx: DemoContext): Promise<void> {
  const scoring = ctx.container.get(SCORING.Service);
  const agent = await ctx.as(DEMO_AGENT);
  if (!(await scoring.listBonuses(agent)).some((b) => b.reason === BONUS_REASON)) {
    await scoring.createBonus(agent, { sizeClass: 'PME', points: 60, startDate: ctx.today, endDate: addMonths(ctx.today, 6), reason: BONUS_REASON });
    ctx.created++;
  }
  if ((await scoring.listGrids(agent, { epciCode: METROPOLE_DE_LYON })).length === 0) {
    await scoring.createGrid(agent, {
      epciCode: METROPOLE_DE_LYON,
      name: 'Grille de la Métropole de Lyon',
      active: true,
      criteria: [
        { id: 'jeune', label: { fr: 'Demandeur de moins de 30 ans', en: 'Applicant under 30' }, fact: 'applicantAge', operator: 'lte', value: 29, points: 20 },
        { id: 'famille', label: { fr: 'Au moins une personne à charge', en: 'At least one dependant' }, fact: 'dependants', operator: 'gte', value: 1, points: 25 },
        { id: 'dalo', label: { fr: 'Reconnu prioritaire DALO', en: 'DALO priority' }, fact: 'dalo', operator: 'true', points: 50 },
      ],
    });
    ctx.created++;
  }
}
