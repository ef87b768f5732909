import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { MAIL } from '../../src/adapters/mail/index';
import { startSmtpSimulator, type SmtpSimulator } from '../../src/adapters/mail/simulator/smtp-simulator';
import type { SneSimulator } from '../../src/adapters/sne/index';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { startTestSne } from '../support/sne';
import { registryDemandData } from '../support/scenario';
import { confirmImport, sentImportCode, startImport } from '../support/demand-import';

/**
 * Issue 19 §2 and §3 (imports), as an attacker does it: taking over someone's registry demand.
 *
 * The registry numbers are near-sequential and free accounts cost nothing; behind a proxy
 * (TRUST_PROXY=1) every request carries a forged X-Forwarded-For, so each one comes from "another
 * address". What must hold: failures are limited per registry number whatever the account and
 * address, reserved before the evaluation (parallel guesses cannot exceed the limit), the right
 * birth date is refused until the window ends (the platform's clock is moved, no real waiting);
 * and a right number + birth date is not enough: only the code sent to the e-mail the registry
 * records shows the demand or attaches it to an account.
 */

const START = '2026-03-15T09:00:00.000Z';
const NUMBER_WINDOW_SECONDS = 3600;
const PER_NUMBER = 5;

let p: TestPlatform;
let sne: SneSimulator;
let smtp: SmtpSimulator;
const clock = new FixedClock(START);
const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
let forged = 0;
/** a new client address each call, as a botnet or a forged header behind the proxy gives */
const fromAnywhere = () => ({ 'X-Forwarded-For': `198.51.${Math.floor(++forged / 250) % 250}.${(forged % 250) + 1}` });

beforeAll(async () => {
  // a generous deadline: the test's parallel guesses must not time out on a loaded machine (the outage case uses the failing mode)
  const started = await startTestSne({ clock, seedFamily: false, retries: 0, timeoutMs: 15_000 });
  sne = started.sne;
  smtp = await startSmtpSimulator();
  p = await createTestPlatform({
    clock,
    env: {
      ...started.env,
      TRUST_PROXY: '1',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'AL’in <ne-pas-repondre@alin.test>',
      DEMAND_IMPORT_MAX_FAILURES_PER_NUMBER: String(PER_NUMBER),
      DEMAND_IMPORT_NUMBER_WINDOW_SECONDS: String(NUMBER_WINDOW_SECONDS),
      DEMAND_IMPORT_MAX_FAILURES_PER_ACCOUNT: '5',
      DEMAND_IMPORT_MAX_FAILURES_PER_ADDRESS: '30',
      DEMAND_IMPORT_FAILURE_WINDOW_SECONDS: '900',
    },
  });
});
afterAll(async () => {
  await p?.close();
  await sne?.close();
  await smtp?.close();
});

/** A demand the registry holds, with its applicant's e-mail. */
function victim(lastName: string, birthDate: string) {
  const email = `${lastName.toLowerCase()}@exemple.fr`;
  const seeded = sne.seed({ data: { ...registryDemandData({ lastName, birthDate, email }), otherOccupants: [] } as never, registrationDate: '2024-09-30' });
  return { number: seeded.number, birthDate, email };
}
const accounts = (n: number) => Promise.all(Array.from({ length: n }, () => p.signIn('applicant')));
const refusalsOf = async (number: string) =>
  rows<{ n: number }>(
    await p.db.database.db.execute(sql`select count(*)::int as n from platform.audit_entries where action = 'demand.import_refused' and object_id = ${`sne:${number}`}`),
  )[0]!.n;
const demandsOf = async (token: string) => (await request(p.app).get('/api/v1/demands').set(auth(token))).body.total as number;
const codeFromMail = (to: string): string | undefined => {
  const mail = [...smtp.received].reverse().find((m) => m.recipients.includes(to));
  return mail ? /code sur AL’in : (\d{6})/.exec(mail.text)?.[1] : undefined;
};

describe('guessing a birth date for one registry number, from many accounts and forged addresses at once', () => {
  it(`only ${PER_NUMBER} guesses are evaluated; the right birth date is then refused too (429) until the number's window has passed`, async () => {
    const target = victim('Vasseur', '1983-06-17');
    const guessers = await accounts(30);
    const requestsBefore = sne.requests;
    // 30 accounts, 30 addresses, 30 wrong birth dates, all in flight together
    const answers = await Promise.all(
      guessers.map((g, i) => startImport(p, g.token, { registry: 'sne', number: target.number, birthDate: `1983-05-${String(i + 1).padStart(2, '0')}` }, fromAnywhere())),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s === 404),
      statuses.join(','),
    ).toHaveLength(PER_NUMBER);
    expect(
      statuses.filter((s) => s === 429),
      statuses.join(','),
    ).toHaveLength(30 - PER_NUMBER);
    const throttled = answers.find((a) => a.status === 429)!;
    expect(throttled.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(throttled.body).toMatchObject({ code: 'DEMAND.IMPORT_THROTTLED', detail: 'Trop d’essais d’import sans succès : réessayez plus tard, ou saisissez votre demande.' });
    // the throttled guesses never reached the registry nor the audit of refusals: the attempt was reserved first
    expect(sne.requests - requestsBefore).toBe(PER_NUMBER);
    expect(await refusalsOf(target.number)).toBe(PER_NUMBER);

    // the right birth date, from a fresh account and a fresh address: still refused, no code sent
    const [fresh] = await accounts(1);
    const right = await startImport(p, fresh!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate }, fromAnywhere());
    expect(right.status, right.text).toBe(429);
    expect(Number(right.headers['retry-after'])).toBe(NUMBER_WINDOW_SECONDS);
    expect(rows(await p.db.database.db.execute(sql`select 1 from demand.contact_outbox where to_email = ${target.email}`))).toHaveLength(0);

    // other numbers are not held back by this one
    const other = victim('Ollivier', '1990-02-02');
    expect((await startImport(p, fresh!.token, { registry: 'sne', number: other.number, birthDate: other.birthDate }, fromAnywhere())).status).toBe(202);

    // one second before the window's end: still refused; at its end, the right birth date gets its code
    clock.set(new Date(Date.parse(START) + (NUMBER_WINDOW_SECONDS - 1) * 1000));
    expect((await startImport(p, fresh!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate }, fromAnywhere())).status).toBe(429);
    clock.set(new Date(Date.parse(START) + NUMBER_WINDOW_SECONDS * 1000));
    const after = await startImport(p, fresh!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate }, fromAnywhere());
    expect(after.status, after.text).toBe(202);
  });

  it('one account guessing over many numbers from forged addresses waits after its own limit (per account), whatever the address', async () => {
    const [guesser] = await accounts(1);
    const targets = Array.from({ length: 8 }, (_, i) => victim(`Numero${String.fromCharCode(65 + i)}`, '1970-01-01'));
    const answers = await Promise.all(targets.map((t) => startImport(p, guesser!.token, { registry: 'sne', number: t.number, birthDate: '1970-01-02' }, fromAnywhere())));
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s === 404),
      statuses.join(','),
    ).toHaveLength(5);
    expect(
      statuses.filter((s) => s === 429),
      statuses.join(','),
    ).toHaveLength(3);
  });
});

describe('the number and the birth date are not enough: the code sent to the registry’s contact', () => {
  let target: ReturnType<typeof victim>;

  it('an attacker who knows both sees only where the code went (masked), nothing of the demand; the code goes to the registry’s e-mail only', async () => {
    clock.set('2026-03-16T08:00:00.000Z');
    target = victim('Lemaire', '1979-11-23');
    const [attacker] = await accounts(1);
    const started = await startImport(p, attacker!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate }, fromAnywhere());
    expect(started.status, started.text).toBe(202);
    // exactly these fields: no name, no household, no address, no full e-mail
    expect(Object.keys(started.body).sort()).toEqual(['challengeId', 'channel', 'expiresAt', 'outcome', 'sentTo']);
    expect(started.body).toMatchObject({ outcome: 'code_sent', channel: 'email', sentTo: 'l•••@e•••.fr', expiresAt: '2026-03-16T08:15:00.000Z' });
    expect(started.text).not.toContain('Lemaire');
    expect(started.text).not.toContain(target.email);
    expect(await demandsOf(attacker!.token)).toBe(0);

    // the mail relay delivers it to the registry's address, in French, with the warning
    const result = await p.container.get(MAIL.Dispatcher).dispatch();
    expect(result.failed).toBe(0);
    const mail = smtp.received.find((m) => m.recipients.includes(target.email));
    expect(mail?.subject).toBe('Votre code pour retrouver votre demande de logement sur AL’in');
    expect(mail?.text).toContain('Si ce n’est pas vous, ne communiquez ce code à personne');
    const code = codeFromMail(target.email)!;
    expect(code).toMatch(/^\d{6}$/);
    expect(smtp.received.filter((m) => m.text.includes(code)).flatMap((m) => m.recipients)).toEqual([target.email]);
    // at rest: the challenge keeps an HMAC, and the outbox message lost its code once mailed
    const [challenge] = rows<{ code_hash: string; sent_to: string }>(
      await p.db.database.db.execute(sql`select code_hash, sent_to from demand.import_challenges where id = ${started.body.challengeId}`),
    );
    expect(challenge!.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(challenge)).not.toContain(code);
    expect(await sentImportCode(p, started.body.challengeId)).toEqual({ code: null, toEmail: target.email });

    // the attacker guesses the code: 8 tries at once from 8 addresses; at most 5 are compared, none imports
    const tries = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        confirmImport(p, attacker!.token, { challengeId: started.body.challengeId, code: String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0') }, fromAnywhere()),
      ),
    );
    const statuses = tries.map((t) => t.status);
    expect(
      statuses.filter((s) => s === 422),
      statuses.join(','),
    ).toHaveLength(5);
    expect(
      statuses.every((s) => [422, 409, 429].includes(s)),
      statuses.join(','),
    ).toBe(true);
    const wrong = tries.find((t) => t.status === 422)!;
    expect(wrong.body).toMatchObject({ code: 'DEMAND.IMPORT_CODE_INVALID', errors: [expect.objectContaining({ field: 'code' })] });
    expect(await demandsOf(attacker!.token)).toBe(0);
  });

  it('the applicant, with the code from their mailbox, imports the demand: active, the registry’s registration date kept; the attacker still has nothing', async () => {
    clock.set(new Date(Date.parse('2026-03-16T08:00:00.000Z') + NUMBER_WINDOW_SECONDS * 1000)); // the attacker's wrong codes held the number back for its window
    const [owner] = await accounts(1);
    const started = await startImport(p, owner!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate });
    expect(started.status, started.text).toBe(202);
    await p.container.get(MAIL.Dispatcher).dispatch();
    const code = codeFromMail(target.email)!;
    // a double click sends the right code twice at once: one demand
    const confirmed = await Promise.all([0, 1, 2].map(() => confirmImport(p, owner!.token, { challengeId: started.body.challengeId, code })));
    expect(confirmed.map((c) => c.status).sort()).toEqual([200, 200, 201]);
    const created = confirmed.find((c) => c.status === 201)!;
    expect(created.body).toMatchObject({
      status: 'active',
      source: 'registry',
      registrationNumber: target.number,
      registrationDate: '2024-09-30',
      ownerAccountId: owner!.accountId,
    });
    expect(created.body.data.applicant).toMatchObject({ lastName: 'Lemaire', email: target.email });
    expect(confirmed.every((c) => c.body.id === created.body.id)).toBe(true);
    // the code is single-use for anyone else, and the number now belongs to the owner's account
    const [late] = await accounts(1);
    expect((await confirmImport(p, late!.token, { challengeId: started.body.challengeId, code })).status).toBe(404);
    expect((await startImport(p, late!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate })).status).toBe(404);
  });
});

describe('the registry unreachable', () => {
  it('a clear French 503 at either step; nothing is counted or lost: the same code works once the registry is back', async () => {
    clock.set('2026-03-18T10:00:00.000Z');
    const target = victim('Coupure', '1966-04-04');
    const [applicant] = await accounts(1);
    sne.setMode('failing');
    try {
      for (let i = 0; i < PER_NUMBER + 2; i++) {
        const down = await startImport(p, applicant!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate }, fromAnywhere());
        expect(down.status, down.text).toBe(503);
        expect(down.headers['retry-after']).toBeDefined();
        expect(down.body).toMatchObject({
          code: 'REGISTRY.UNAVAILABLE',
          detail: 'Le registre national (SNE) est indisponible pour le moment : réessayez dans quelques minutes. Rien n’a été perdu.',
        });
      }
    } finally {
      sne.setMode('normal');
    }
    // the outage did not count against the number
    const started = await startImport(p, applicant!.token, { registry: 'sne', number: target.number, birthDate: target.birthDate });
    expect(started.status, started.text).toBe(202);
    const { code } = (await sentImportCode(p, started.body.challengeId))!;
    sne.setMode('failing');
    try {
      for (let i = 0; i < 6; i++) expect((await confirmImport(p, applicant!.token, { challengeId: started.body.challengeId, code: code! })).status).toBe(503);
    } finally {
      sne.setMode('normal');
    }
    expect(await demandsOf(applicant!.token)).toBe(0);
    const imported = await confirmImport(p, applicant!.token, { challengeId: started.body.challengeId, code: code! });
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toMatchObject({ registrationNumber: target.number, registrationDate: '2024-09-30' });
  });
});

describe('the contract', () => {
  it('the OpenAPI document describes both steps and their refusals', async () => {
    const doc = await request(p.app).get('/api/openapi.json');
    const start = doc.body.paths['/api/v1/demands/import'].post;
    const confirm = doc.body.paths['/api/v1/demands/import/confirm'].post;
    expect(Object.keys(start.responses)).toEqual(expect.arrayContaining(['202', '404', '409', '429', '503']));
    expect(start.responses['429'].description).toContain('registry number');
    expect(Object.keys(confirm.responses)).toEqual(expect.arrayContaining(['201', '404', '409', '422', '429', '503']));
    expect(confirm.requestBody.content['application/json'].schema).toBeDefined();
  });
});
