import { toIsoDate, type IsoDate } from '../../../shared/dates';

/**
 * The candidacy history facts of the scoring (scoring.md §1): a CAL refusal on an earlier offer
 * (+40), and the last home declined after a CAL acceptance (−40 within 12 months; the engine
 * applies the window). Only what happened on other offers, on or before the reference date,
 * counts; a refusal or decline declared on an imported demand counts as well.
 */

export interface HistoryEvent {
  demandId: string;
  offerId: string;
  status: 'cal_refused' | 'proposal_declined';
  at: Date;
}

export interface DeclaredHistory {
  refusedByCal: boolean;
  declinedAfterCalOn: IsoDate | undefined;
}

export interface HistoryFacts {
  calRefusedBefore: { refused: boolean; source: 'history' | 'declared' };
  lastProposalDeclinedAfterCalOn: IsoDate | undefined;
}

export function historyFacts(events: readonly HistoryEvent[], declared: DeclaredHistory | undefined, offerId: string, referenceDate: IsoDate): HistoryFacts {
  let refused = false;
  let lastDeclined: IsoDate | undefined;
  for (const e of events) {
    if (e.offerId === offerId) continue;
    const day = toIsoDate(e.at);
    if (day > referenceDate) continue;
    if (e.status === 'cal_refused') refused = true;
    else if (lastDeclined === undefined || day > lastDeclined) lastDeclined = day;
  }
  const declaredDecline = declared?.declinedAfterCalOn;
  if (declaredDecline !== undefined && declaredDecline <= referenceDate && (lastDeclined === undefined || declaredDecline > lastDeclined)) {
    lastDeclined = declaredDecline;
  }
  const calRefusedBefore = refused ? { refused: true, source: 'history' as const } : { refused: declared?.refusedByCal === true, source: 'declared' as const };
  return { calRefusedBefore, lastProposalDeclinedAfterCalOn: lastDeclined };
}
