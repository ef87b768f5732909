/** What an applicant's saved search looks for: the filters of the offers list. */
export interface AlertCriteria {
  /** INSEE codes; empty: every commune */
  communeCodes: string[];
  /** 1..6 (T1..T6); empty: every typology */
  typologies: number[];
  /** rent + charges, € per month */
  maxRent?: number;
}

export interface SavedSearch {
  id: string;
  accountId: string;
  criteria: AlertCriteria;
  createdAt: Date;
  /** offers published up to this instant have been looked at */
  checkedUntil: Date;
  /** the day of the last mail (at most one a day) */
  lastMailedOn: string | null;
}

/** At most this many saved searches per applicant. */
export const ALERTS_PER_ACCOUNT = 5;
/** At most this many offers named in one mail (the others are in the portal). */
export const OFFERS_PER_MAIL = 10;

/** The criteria as stored: codes deduplicated and sorted, typologies too. */
export function normalizeCriteria(c: AlertCriteria): AlertCriteria {
  return {
    communeCodes: [...new Set(c.communeCodes.map((code) => code.trim().toUpperCase()))].sort(),
    typologies: [...new Set(c.typologies)].sort((a, b) => a - b),
    ...(c.maxRent !== undefined ? { maxRent: c.maxRent } : {}),
  };
}
