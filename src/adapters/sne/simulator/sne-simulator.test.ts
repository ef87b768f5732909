import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_FIXTURE, familyDemand, readSneFixture, youngSingleDemand } from '../../../../tests/fixtures/sne/sne-fixtures';
import { parseRegistryDemand, toInterfaceNuuXml } from '../interface-nuu.mapper';
import { controlLetter } from '../registration-number';
import { buildSoapEnvelope, parseSoapEnvelope, soapAction, soapContentType } from '../soap';
import { startSneSimulator, type SneSimulator } from './sne-simulator';

const NOW = new Date('2026-03-10T09:00:00Z');

async function soapCall(url: string, operation: string, content: Parameters<typeof buildSoapEnvelope>[1], contentType = soapContentType(soapAction(operation))) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: buildSoapEnvelope(operation, content) });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, message: () => parseSoapEnvelope(text) };
}

describe('SNE simulator', () => {
  let simulator: SneSimulator;

  beforeAll(async () => {
    simulator = await startSneSimulator({ port: 0, now: () => NOW });
  });
  afterEach(() => simulator.setMode('normal'));
  afterAll(() => simulator.close());

  it('issues numbers by territory, month and sequence, 18 characters, deterministic', async () => {
    const lille = structuredClone(familyDemand.data);
    const paris = structuredClone(youngSingleDemand.data);
    const a = simulator.store.register(lille, '2026-03-10', NOW);
    const b = simulator.store.register(lille, '2026-03-10', NOW);
    const c = simulator.store.register(paris, '2026-03-10', NOW);
    expect(a.number).toBe(`0590326000001${controlLetter('0590326000001')}0001`);
    expect(b.number).toBe(`0590326000002${controlLetter('0590326000002')}0001`);
    expect(c.number).toBe(`1110326000001${controlLetter('1110326000001')}0001`);
    for (const n of [a, b, c]) expect(n.number).toHaveLength(18);
    const abroad = structuredClone(paris);
    delete abroad.applicant.address;
    expect(simulator.store.register(abroad, '2026-03-10', NOW).number.slice(0, 3)).toBe('111'); // default territory
  });

  it('answers getNumUnique over SOAP 1.2 and checks the action', async () => {
    const r = await soapCall(simulator.url, 'getNumUnique', { demande: toInterfaceNuuXml({ data: familyDemand.data }) });
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^application\/soap\+xml/);
    const m = r.message();
    expect(m.kind === 'body' && m.name).toBe('getNumUniqueResponse');
    expect(m.kind === 'body' && m.element.childText('dateCreationDemande')).toBe('2026-03-10');
    const wrongAction = await soapCall(simulator.url, 'getNumUnique', { demande: 'x' }, soapContentType(soapAction('getDoublons')));
    expect(wrongAction.status).toBe(400);
  });

  it('answers Sender faults: invalid demand, unknown number, bad date, unknown operation, SOAP 1.1 content type', async () => {
    const invalid = await soapCall(simulator.url, 'getNumUnique', { demande: toInterfaceNuuXml({ data: familyDemand.data }).replace(/<ns1:nom>Benali<\/ns1:nom>/, '') });
    expect(invalid.status).toBe(400);
    expect(invalid.message()).toMatchObject({ kind: 'fault', fault: { code: 'Sender', subcode: 'DemandeInvalide' } });
    expect((invalid.message() as { fault: { reason: string } }).fault.reason).toMatch(/demandeur\/nom : is required/);

    const unknown = await soapCall(simulator.url, 'getDemandeLogement', { numUnique: '0590326999999Z0001' });
    expect(unknown.message()).toMatchObject({ kind: 'fault', fault: { code: 'Sender', subcode: 'NumUniqueInconnu' } });

    const badDate = await soapCall(simulator.url, 'getDemandesRadieesDepuisLe', { date: '10/03/2026' });
    expect(badDate.message()).toMatchObject({ kind: 'fault', fault: { subcode: 'RequeteInvalide' } });

    const unknownOp = await soapCall(simulator.url, 'getTout', {}, 'application/soap+xml; charset=utf-8');
    expect(unknownOp.message()).toMatchObject({ kind: 'fault', fault: { subcode: 'RequeteInvalide' } });

    const soap11 = await soapCall(simulator.url, 'getDemandeLogement', { numUnique: 'x' }, 'text/xml; charset=utf-8');
    expect(soap11.status).toBe(415);
  });

  it('returns a seeded demand as interfaceNuu, unchanged', async () => {
    simulator.seed(readSneFixture(FAMILY_FIXTURE));
    const r = await soapCall(simulator.url, 'getDemandeLogement', { numUnique: familyDemand.number });
    const m = r.message();
    expect(m.kind).toBe('body');
    if (m.kind !== 'body') return;
    expect(parseRegistryDemand(m.element.childText('demandeLogement') as string)).toEqual(familyDemand);
    expect(m.element.childText('dalo')).toBe('false');
  });

  it('is driven through /__control: modes, strike-off, DALO, seed', async () => {
    const post = (path: string, body: string) => fetch(new URL(path, simulator.url), { method: 'POST', body });
    let res = await post('__control', JSON.stringify({ mode: 'failing' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: 'failing' });
    expect(simulator.mode).toBe('failing');
    const failing = await soapCall(simulator.url, 'getDemandeLogement', { numUnique: familyDemand.number });
    expect(failing.status).toBe(503);
    expect(failing.message()).toMatchObject({ kind: 'fault', fault: { code: 'Receiver', subcode: 'ServiceIndisponible' } });

    res = await post('__control', JSON.stringify({ mode: 'slow', delayMs: 50 }));
    expect(await res.json()).toMatchObject({ mode: 'slow', delayMs: 50 });
    const started = Date.now();
    await soapCall(simulator.url, 'getDemandesRadieesDepuisLe', { date: '2026-01-01' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);

    expect((await post('__control', JSON.stringify({ mode: 'broken' }))).status).toBe(400);
    expect((await post('__control', 'not json')).status).toBe(400);
    expect((await fetch(new URL('__control', simulator.url))).status).toBe(200);
    await post('__control', JSON.stringify({ mode: 'normal' }));

    res = await post('__control/seed', readSneFixture(FAMILY_FIXTURE).replace('0590625004217T0001', '0590625004218U0001'));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ number: '0590625004218U0001', registrationDate: '2025-06-02' });
    expect((await post('__control/strike-off', JSON.stringify({ number: '0590625004218U0001', date: '2026-03-09' }))).status).toBe(200);
    expect(simulator.store.struckOffSince('2026-03-09')).toContain('0590625004218U0001');
    expect((await post('__control/dalo', JSON.stringify({ number: '0590625004217T0001' }))).status).toBe(200);
    expect(simulator.store.newDaloSince('2026-03-10')).toEqual(['0590625004217T0001']);
    expect((await post('__control/dalo', JSON.stringify({ number: '0000000000000A0000' }))).status).toBe(404);
  });

  it("speaks garbage in 'garbage' mode, in three ways", async () => {
    simulator.setMode('garbage');
    const bodies = [];
    for (let i = 0; i < 3; i += 1) bodies.push((await soapCall(simulator.url, 'getDemandesRadieesDepuisLe', { date: '2026-01-01' })).text);
    expect(new Set(bodies).size).toBe(3);
    for (const body of bodies) {
      let readable = false;
      try {
        const m = parseSoapEnvelope(body);
        readable = m.kind === 'body' && m.name === 'getDemandesRadieesDepuisLeResponse';
      } catch {
        readable = false;
      }
      expect(readable).toBe(false);
    }
  });

  it('refuses an unknown mode', () => {
    expect(() => simulator.setMode('sleepy' as never)).toThrow(RangeError);
  });
});

describe('SNE simulator persistence', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sne-sim-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps demands and sequences in its JSON file across restarts', async () => {
    const dataFile = join(dir, 'nested', 'sne.json');
    const first = await startSneSimulator({ port: 0, dataFile, now: () => NOW });
    const a = first.store.register(familyDemand.data, '2026-03-10', NOW);
    first.store.strikeOff(a.number, '2026-03-10');
    await first.close();
    expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toMatchObject({ version: 1, demands: [{ number: a.number }] });

    const second = await startSneSimulator({ port: 0, dataFile, now: () => NOW });
    expect(second.store.get(a.number)?.data).toEqual(familyDemand.data);
    expect(second.store.get(a.number)?.struckOffOn).toBe('2026-03-10');
    const b = second.store.register(familyDemand.data, '2026-03-10', NOW);
    expect(b.number.slice(7, 13)).toBe('000002');
    await second.close();
  });
});
