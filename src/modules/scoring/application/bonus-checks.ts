import { isIsoDate, type IsoDate } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import { BALANCING_MAX, type CompanySizeClass } from '../domain/index';
import { bonusField, scoringError } from '../scoring.errors';
import type { BonusInput } from './bonus-view';

export const SIZE_CLASSES: readonly CompanySizeClass[] = ['PME', 'ETI', 'GE'];
const REASON_MAX = 500;
const EPCI = /^\d{9}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every rule of a bonus at once, each naming its field. */
function bonusProblems(input: BonusInput, today: IsoDate, options: { isNew: boolean }): FieldError[] {
  const problems: FieldError[] = [];
  if (input.sizeClass === undefined && input.companyId === undefined && input.epciCode === undefined) {
    problems.push(bonusField.targetMissing());
  }
  if (input.sizeClass !== undefined && !SIZE_CLASSES.includes(input.sizeClass)) problems.push(bonusField.sizeClass());
  if (input.companyId !== undefined && !UUID.test(input.companyId)) problems.push(bonusField.companyId());
  if (input.epciCode !== undefined && !EPCI.test(input.epciCode)) problems.push(bonusField.epciCode());
  if (!Number.isInteger(input.points) || input.points < 0 || input.points > BALANCING_MAX) {
    problems.push(bonusField.points(BALANCING_MAX));
  }
  const startOk = isIsoDate(input.startDate);
  const endOk = isIsoDate(input.endDate);
  if (!startOk) problems.push(bonusField.date('startDate'));
  if (!endOk) problems.push(bonusField.date('endDate'));
  if (startOk && endOk && input.endDate < input.startDate) problems.push(bonusField.endBeforeStart());
  if (endOk && options.isNew && input.endDate < today) problems.push(bonusField.endPassed());
  const reason = input.reason.trim();
  if (reason.length === 0) problems.push(bonusField.reasonMissing());
  if (reason.length > REASON_MAX) problems.push(bonusField.reasonTooLong(REASON_MAX));
  return problems;
}

/** Throws the invalid bonus with every rule it breaks. */
export function assertValidBonus(input: BonusInput, today: IsoDate, options: { isNew: boolean }): void {
  const fields = bonusProblems(input, today, options);
  if (fields.length) throw scoringError.invalidBonus(fields);
}
