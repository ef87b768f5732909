import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates';

/** A calendar date `YYYY-MM-DD` that exists, bounded before its check; `example` for the OpenAPI document. */
export const isoDate = (example: string) =>
  z.string().max(10).refine(isIsoDate, { message: 'date attendue au format AAAA-MM-JJ (une date du calendrier)' }).meta({ format: 'date', example });
