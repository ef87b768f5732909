import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { DEMAND } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';

const STAFF: readonly Role[] = ['agent', 'admin'];
const tags = ['demands'];

const RegistryPendingJobSchema = z.object({
  id: z.uuid(),
  kind: z.string().max(100).describe('the durable job kind, e.g. `demand.registry-renewal`'),
  label: z.string().max(200).describe('what the work is, in French'),
  status: z.enum(['pending', 'failed']).describe('pending: tried again at nextAttemptAt; failed: given up, a person must look'),
  demandId: z.uuid().optional(),
  attempts: z.int().min(0).max(1000),
  maxAttempts: z.int().min(0).max(1000),
  nextAttemptAt: z.string().meta({ format: 'date-time' }),
  lastError: z.string().max(1100).optional().describe('the last failure, as the worker recorded it'),
  createdAt: z.string().meta({ format: 'date-time' }),
});

const RegistryFeedSchema = z.object({
  registry: z.string().max(40),
  feed: z.enum(['struck_off', 'new_dalo']),
  lastSuccessOn: z.iso.date().optional().describe('the day of the last successful read: the next read starts there'),
  lastRunAt: z.string().optional().meta({ format: 'date-time' }),
  lastError: z.string().max(1100).optional(),
});

export const RegistryPendingWorkSchema = z
  .object({ jobs: z.array(RegistryPendingJobSchema).max(200), feeds: z.array(RegistryFeedSchema).max(100) })
  .meta({ id: 'RegistryPendingWork' });

/** What waits for the registry (issue 20): registrations, renewals and radiations not sent yet, and the feeds' last reads. */
export function registrySyncRoutes(api: ApiDefinition, router: Router, container: Container): void {
  api.route(
    router,
    {
      method: 'get',
      path: '/registry/pending-work',
      tags,
      access: STAFF,
      response: RegistryPendingWorkSchema,
      summary:
        'What waits for the registries — the national registry (SNE) and the regional shared files configured — registrations, renewals and radiations not sent yet (tries, next attempt, last error; `failed` when given up), and where each registry’s daily feeds (struck-off, new DALO) stand',
    },
    async ({ principal }) => {
      const work = await container.get(DEMAND.RegistrySync).pendingWork(principal);
      return {
        jobs: work.jobs.map((j) => ({
          id: j.id,
          kind: j.kind,
          label: j.label,
          status: j.status,
          ...(j.demandId ? { demandId: j.demandId } : {}),
          attempts: j.attempts,
          maxAttempts: j.maxAttempts,
          nextAttemptAt: j.nextAttemptAt.toISOString(),
          ...(j.lastError ? { lastError: j.lastError } : {}),
          createdAt: j.createdAt.toISOString(),
        })),
        feeds: work.feeds.map((f) => ({
          registry: f.registry,
          feed: f.feed,
          ...(f.lastSuccessOn ? { lastSuccessOn: f.lastSuccessOn } : {}),
          ...(f.lastRunAt ? { lastRunAt: f.lastRunAt.toISOString() } : {}),
          ...(f.lastError ? { lastError: f.lastError } : {}),
        })),
      };
    },
  );
}
