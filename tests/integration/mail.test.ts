import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { FixedClock } from '../../src/shared/testing/clock';
import { OUTBOX_SOURCE } from '../../src/shared/outbox';
import { DEMAND } from '../../src/modules/demand/index';
import { IDENTITY } from '../../src/modules/identity/index';
import { MAIL, MailDispatcher, SmtpMailSender } from '../../src/adapters/mail/index';
import { startSmtpSimulator, type SmtpSimulator } from '../../src/adapters/mail/simulator/smtp-simulator';
import { SCHEDULED_TASKS } from '../../src/bootstrap/scheduler';
import { buildContainer } from '../../src/bootstrap/container';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { usingPostgres } from '../support/test-db';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer } from '../support/candidacy-fixtures';

/**
 * The mail adapter against the SMTP simulator: the three outboxes (candidacy, demand, company
 * space) delivered once each with the right recipient and French text, temporary refusals retried
 * with backoff then delivered, giving up after MAIL_MAX_ATTEMPTS or on a permanent refusal, no
 * duplicates when two dispatchers run at once, and nothing touched when mail is off.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let sim: SmtpSimulator;
let p: TestPlatform;
let agent: string;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const dispatcher = () => p.container.get(MAIL.Dispatcher);

type OutboxRow = { id: string; attempts: number; sent_at: Date | null; failed_at: Date | null; next_attempt_at: Date | null; last_error: string | null };
const demandRows = async (accountId: string) =>
  rows<OutboxRow>(
    await p.db.database.db.execute(
      sql`select id::text, attempts, sent_at, failed_at, next_attempt_at, last_error from demand.notifications where account_id = ${accountId} order by created_at`,
    ),
  );

beforeAll(async () => {
  sim = await startSmtpSimulator();
  p = await createTestPlatform({
    clock,
    env: { SMTP_URL: sim.url, MAIL_FROM: 'AL’in <ne-pas-repondre@alin.test>', MAIL_MAX_ATTEMPTS: '3', MAIL_RETRY_BASE_SECONDS: '60', MAIL_TIMEOUT_MS: '5000' },
  });
  agent = (await p.signIn('agent')).token;
});
afterAll(async () => {
  await p?.close();
  await sim?.close();
});

describe('the mail dispatcher', () => {
  it('delivers the messages of each outbox once, to the right recipient, in French', async () => {
    const landlord = await createLandlord(p, agent);
    const company = await deployedCompany(p, agent, { headcount: 60, contribution: 'contributing', name: 'Boulangerie Dupain' });
    const ana = await applicantWithActiveDemand(p, agent, { firstName: 'Ana', birthDate: '1990-01-01', monthlyResources: 2300 });
    const offerId = await publishedOffer(p, agent, landlord.landlordToken);
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(ana.token)).send({ demandId: ana.demandId, offerId });
    expect(applied.status, applied.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/close`).set(bearer(agent))).status).toBe(200);
    expect(
      (
        await request(p.app)
          .post(`/api/v1/offers/${offerId}/designation`)
          .set(bearer(agent))
          .send({ candidacyIds: [applied.body.id] })
      ).status,
    ).toBe(200);
    const invitation = rows<{ to_email: string; payload: { link: string } }>(
      await p.db.database.db.execute(sql`select to_email, payload from company_space.outbox order by id desc limit 1`),
    )[0]!;

    const before = sim.received.length;
    const result = await dispatcher().dispatch();
    expect(result).toMatchObject({ retried: 0, failed: 0 });
    const mails = sim.received.slice(before);
    expect(result.sent).toBe(mails.length);

    const toAna = mails.filter((m) => m.recipients.includes(ana.email));
    const validated = toAna.find((m) => m.subject === 'Votre demande de logement a été validée');
    expect(validated, toAna.map((m) => m.subject).join(' | ')).toBeDefined();
    expect(validated!.text).toContain('Votre demande de logement a été validée par Action Logement.');
    expect(validated!.from).toContain('ne-pas-repondre@alin.test');
    expect(validated!.html).toContain('<p>Votre demande de logement a été validée par Action Logement.</p>');
    const designated = toAna.find((m) => m.subject.startsWith('Votre candidature pour T2 à Villeurbanne'));
    expect(designated).toBeDefined();
    expect(designated!.text).toContain('fait partie des candidatures désignées par Action Logement');
    const account = await p.container.get(IDENTITY.Service).contactOf(ana.accountId);
    expect(designated!.text).toContain(`Bonjour ${account!.name},`);

    const invited = mails.filter((m) => m.recipients.includes(invitation.to_email));
    expect(invited).toHaveLength(1);
    expect(invited[0]!.subject).toBe('Invitation à gérer l’espace entreprise de Boulangerie Dupain sur AL’in');
    expect(invited[0]!.text).toContain(`Choisir mon mot de passe et activer mon compte : ${invitation.payload.link}`);
    expect(invited[0]!.text).toContain('Bonjour Responsable RH,');
    expect(invited[0]!.headers.get('x-alin-message')).toMatch(/^company_space\/\d+$/);
    expect(company.id).toBeTruthy();

    // every outbox row is marked sent after one attempt; a second pass sends nothing again
    for (const table of [sql`candidacy.notifications`, sql`demand.notifications`, sql`company_space.outbox`]) {
      const left = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from ${table} where sent_at is null or attempts <> 1`));
      expect(Number(left[0]?.n)).toBe(0);
    }
    expect(await dispatcher().dispatch()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sim.received.length).toBe(before + mails.length);
  });

  it('retries a temporary refusal (421) later with backoff, then delivers it once', async () => {
    const who = await p.signIn('applicant');
    await p.container
      .get(DEMAND.NotificationOutbox)
      .add({ accountId: who.accountId, kind: 'demand.renewal_reminder', payload: { demandId: 'd-1', renewalDueDate: '2026-04-15', registrationNumber: '069012600001' } });
    sim.rejectNext(1, 421);
    const before = sim.received.length;
    expect(await dispatcher().dispatch()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [row] = await demandRows(who.accountId);
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(row!.last_error).toMatch(/421/);
    const wait = new Date(row!.next_attempt_at!).getTime() - clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(48_000);
    expect(wait).toBeLessThanOrEqual(72_000);

    // not due yet: nothing happens
    expect(await dispatcher().dispatch()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.set(new Date(clock.now().getTime() + 2 * 60_000));
    expect(await dispatcher().dispatch()).toEqual({ sent: 1, retried: 0, failed: 0 });
    [row] = await demandRows(who.accountId);
    expect(row).toMatchObject({ attempts: 2, failed_at: null, last_error: null });
    expect(row!.sent_at).not.toBeNull();
    const got = sim.received.slice(before).filter((m) => m.recipients.includes(who.email));
    expect(got).toHaveLength(1);
    expect(got[0]!.subject).toBe('Pensez à renouveler votre demande de logement');
    expect(got[0]!.text).toContain('doit être renouvelée avant le 15/04/2026');
  });

  it('gives up after MAIL_MAX_ATTEMPTS temporary refusals, or at once on a permanent one (5xx): the message is marked failed', async () => {
    const who = await p.signIn('applicant');
    const outbox = p.container.get(DEMAND.NotificationOutbox);
    await outbox.add({ accountId: who.accountId, kind: 'demand.satisfied', payload: { demandId: 'd-2' } });
    sim.rejectNext(3, 451);
    expect(await dispatcher().dispatch()).toMatchObject({ retried: 1 });
    for (let i = 0; i < 2; i++) {
      clock.set(new Date(clock.now().getTime() + 6 * 3600_000));
      await dispatcher().dispatch();
    }
    let [row] = await demandRows(who.accountId);
    expect(row).toMatchObject({ attempts: 3, sent_at: null });
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toMatch(/451/);
    clock.set(new Date(clock.now().getTime() + 24 * 3600_000));
    expect(await dispatcher().dispatch()).toEqual({ sent: 0, retried: 0, failed: 0 });

    const other = await p.signIn('applicant');
    await outbox.add({ accountId: other.accountId, kind: 'demand.satisfied', payload: { demandId: 'd-3' } });
    sim.rejectNext(1, 550, 'Mailbox unavailable');
    expect(await dispatcher().dispatch()).toEqual({ sent: 0, retried: 0, failed: 1 });
    [row] = await demandRows(other.accountId);
    expect(row).toMatchObject({ attempts: 1, sent_at: null });
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toMatch(/550/);
    expect(await dispatcher().counts()).toMatchObject({ demand: expect.objectContaining({ failed: 2 }) });
  });

  it('never sends a message twice when two dispatchers run at once (a slow server)', async () => {
    const outbox = p.container.get(DEMAND.NotificationOutbox);
    const who = await p.signIn('applicant');
    for (let i = 0; i < 24; i++)
      await outbox.add({ accountId: who.accountId, kind: 'demand.documents_requested', payload: { demandId: `d-${i}`, message: `Pièce n° ${i}`, documentTypes: ['payslip'] } });
    sim.setDelay(40);
    const logger = pino({ level: 'silent' });
    const make = () =>
      new MailDispatcher(
        p.container.getAll(OUTBOX_SOURCE),
        new SmtpMailSender({ url: sim.url, from: 'AL’in <x@alin.test>', timeoutMs: 5000 }),
        {
          recipientOf: (id) => p.container.get(IDENTITY.Service).contactOf(id),
        },
        clock,
        logger,
        { publicUrl: 'http://alin.test', batchSize: 4, maxAttempts: 3, retryBaseMs: 60_000, retryMaxMs: 3600_000, leaseMs: 600_000 },
      );
    const before = sim.received.length;
    try {
      const [a, b] = await Promise.all([make().dispatch(), make().dispatch()]);
      expect(a.sent + b.sent).toBe(24);
      if (usingPostgres()) expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
    } finally {
      sim.setDelay(0);
    }
    const mine = sim.received.slice(before).filter((m) => m.recipients.includes(who.email));
    expect(mine).toHaveLength(24);
    const references = new Set(mine.map((m) => m.headers.get('x-alin-message')));
    expect(references.size).toBe(24);
    expect(new Set(mine.map((m) => /Pièce n° (\d+)/.exec(m.text)?.[1])).size).toBe(24);
    const rowsLeft = (await demandRows(who.accountId)).filter((r) => r.sent_at === null || r.attempts !== 1);
    expect(rowsLeft).toEqual([]);
  });
});

describe('mail off (SMTP_URL unset)', () => {
  it('sends nothing and leaves the outboxes untouched', async () => {
    const off = await createTestPlatform({ clock });
    try {
      const who = await off.signIn('applicant');
      await off.container.get(DEMAND.NotificationOutbox).add({ accountId: who.accountId, kind: 'demand.satisfied', payload: { demandId: 'd-off' } });
      const mail = off.container.get(MAIL.Dispatcher);
      expect(mail.enabled).toBe(false);
      const before = sim.received.length;
      expect(await mail.dispatch()).toEqual({ sent: 0, retried: 0, failed: 0, off: true });
      const task = SCHEDULED_TASKS.find((t) => t.name === 'mail.dispatch')!;
      expect(await task.run(off.container, clock.now())).toBeUndefined();
      const stored = rows<OutboxRow>(
        await off.db.database.db.execute(sql`select attempts, sent_at, failed_at, next_attempt_at, last_error from demand.notifications where account_id = ${who.accountId}`),
      );
      expect(stored).toEqual([{ attempts: 0, sent_at: null, failed_at: null, next_attempt_at: null, last_error: null }]);
      expect(sim.received.length).toBe(before);
      expect(await mail.counts()).toMatchObject({ demand: { pending: 1, sent: 0, failed: 0 } });

      // start-up says so
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
      buildContainer({ config: testConfig(), database: off.db.database, logger, clock });
      expect(lines.some((l) => l.includes('mail off (SMTP_URL unset)'))).toBe(true);
      lines.length = 0;
      buildContainer({ config: testConfig({ SMTP_URL: 'smtp://u:secret@127.0.0.1:2525' }), database: off.db.database, logger, clock });
      expect(lines.some((l) => l.includes('mail on') && l.includes('smtp://***@127.0.0.1:2525') && !l.includes('secret'))).toBe(true);
    } finally {
      await off.close();
    }
  });
});
