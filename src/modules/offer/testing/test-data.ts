/**
 * Reference data for the tests of this folder: the files the platform seeds its tables from
 * (`db/reference`), imported as modules (no file access in the domain).
 */
import incomeCeilingsJson from '../../../../db/reference/income-ceilings.json';
import parisBorderingJson from '../../../../db/reference/paris-bordering-communes.json';
import { ceilingTableFromJson } from '../domain/ceilings';
import { parisAndBorderingCodesFromJson } from '../domain/zone';

export { incomeCeilingsJson, parisBorderingJson };
export const table = ceilingTableFromJson(incomeCeilingsJson);
export const parisCodes = parisAndBorderingCodesFromJson(parisBorderingJson);
