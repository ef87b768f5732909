import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { addDays } from '../../src/shared/dates';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * GET /candidacies?demandId=…: the applicant's portal says how many open candidacies the demand has and
 * the cap before an application hits it (issue 16, apply). Another applicant's demand answers 404.
 */
/** the date the fixtures mean (their tax notices of 2024 and 2025 are the current ones then), whatever today is */
const today = '2026-06-15';
const clock = new FixedClock(`${today}T10:00:00Z`);

describe('GET /candidacies with demandId: open candidacies and the cap', () => {
  let p: TestPlatform;
  let applicant: Awaited<ReturnType<typeof applicantWithActiveDemand>>;
  let other: Awaited<ReturnType<typeof applicantWithActiveDemand>>;

  beforeAll(async () => {
    p = await createTestPlatform({ clock });
    const agent = (await p.signIn('agent')).token;
    const landlord = await createLandlord(p, agent);
    const offerId = await publishedOffer(p, agent, landlord.landlordToken, { closingDate: addDays(today, 20), availableFrom: addDays(today, 60) });
    applicant = await applicantWithActiveDemand(p, agent, { birthDate: '1985-02-02', monthlyResources: 2000 });
    other = await applicantWithActiveDemand(p, agent, { birthDate: '1986-02-02', monthlyResources: 2000 });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(applicant.token)).send({ demandId: applicant.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
  });

  afterAll(async () => {
    await p?.close();
  });

  it('counts the open candidacies of the demand and gives the cap', async () => {
    const res = await request(p.app).get('/api/v1/candidacies').query({ demandId: applicant.demandId }).set(bearer(applicant.token));
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.openCandidacies).toEqual({ demandId: applicant.demandId, count: 1, max: 5 });
  });

  it('without demandId, the list alone', async () => {
    const res = await request(p.app).get('/api/v1/candidacies').set(bearer(applicant.token));
    expect(res.status, res.text).toBe(200);
    expect(res.body.openCandidacies).toBeUndefined();
  });

  it('another applicant’s demand: 404, nothing said about it', async () => {
    const res = await request(p.app).get('/api/v1/candidacies').query({ demandId: other.demandId }).set(bearer(applicant.token));
    expect(res.status, res.text).toBe(404);
    expect(res.text).not.toContain('"count"');
  });
});
