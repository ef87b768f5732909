import { describe, expect, it } from 'vitest';
import { actionOfContentType, buildSoapEnvelope, buildSoapFault, isSoap12ContentType, parseSoapEnvelope, soapAction, soapContentType, SoapFormatError } from './soap';

describe('SOAP 1.2 envelopes', () => {
  it('builds and reads an operation, text escaped', () => {
    const embedded = '<?xml version="1.0"?><ns1:interfaceNuu xmlns:ns1="http://nuu.application.i2/"/>';
    const xml = buildSoapEnvelope('getNumUnique', { demande: embedded });
    expect(xml).toContain('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:sne="http://ws.nuu.application.i2/">');
    expect(xml).toContain('<sne:demande>&lt;?xml');
    const message = parseSoapEnvelope(xml);
    expect(message.kind).toBe('body');
    if (message.kind !== 'body') return;
    expect(message.name).toBe('getNumUnique');
    expect(message.element.childText('demande')).toBe(embedded);
  });

  it('writes repeated elements and reads them back', () => {
    const message = parseSoapEnvelope(buildSoapEnvelope('getDemandesRadieesDepuisLeResponse', { numUnique: ['A', 'B'] }));
    expect(message.kind === 'body' && message.element.children('numUnique').map((n) => n.text())).toEqual(['A', 'B']);
    const empty = parseSoapEnvelope(buildSoapEnvelope('getDemandesRadieesDepuisLeResponse', ''));
    expect(empty.kind === 'body' && empty.element.children('numUnique')).toEqual([]);
  });

  it('builds and reads faults with code, subcode and reason', () => {
    const xml = buildSoapFault({ code: 'Sender', subcode: 'NumUniqueInconnu', reason: 'numéro inconnu <x>' });
    expect(parseSoapEnvelope(xml)).toEqual({ kind: 'fault', fault: { code: 'Sender', subcode: 'NumUniqueInconnu', reason: 'numéro inconnu <x>' } });
    expect(parseSoapEnvelope(buildSoapFault({ code: 'Receiver', reason: 'panne' }))).toEqual({ kind: 'fault', fault: { code: 'Receiver', reason: 'panne' } });
  });

  it('reads any prefixes', () => {
    const xml = `<S:Envelope xmlns:S="http://www.w3.org/2003/05/soap-envelope"><S:Header/><S:Body><ns2:getNumUniqueResponse xmlns:ns2="urn:x"><ns2:numUnique>X</ns2:numUnique></ns2:getNumUniqueResponse></S:Body></S:Envelope>`;
    const message = parseSoapEnvelope(xml);
    expect(message.kind === 'body' && message.name).toBe('getNumUniqueResponse');
  });

  it('refuses SOAP 1.1, non-envelopes, truncated XML, DTDs, empty bodies', () => {
    expect(() => parseSoapEnvelope('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><x/></s:Body></s:Envelope>')).toThrow(/SOAP 1.1/);
    expect(() => parseSoapEnvelope('<html><body>Maintenance</body></html>')).toThrow(SoapFormatError);
    expect(() => parseSoapEnvelope('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><a>')).toThrow(/malformed/);
    expect(() => parseSoapEnvelope('<!DOCTYPE x><x/>')).toThrow(/DTD/);
    expect(() => parseSoapEnvelope('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body/></env:Envelope>')).toThrow(SoapFormatError);
    expect(() => parseSoapEnvelope('')).toThrow(SoapFormatError);
  });

  it('writes and reads the SOAP 1.2 content type with its action', () => {
    const type = soapContentType(soapAction('getDemandeLogement'));
    expect(type).toBe('application/soap+xml; charset=utf-8; action="http://ws.nuu.application.i2/getDemandeLogement"');
    expect(isSoap12ContentType(type)).toBe(true);
    expect(isSoap12ContentType('text/xml; charset=utf-8')).toBe(false);
    expect(actionOfContentType(type)).toBe('http://ws.nuu.application.i2/getDemandeLogement');
    expect(actionOfContentType('application/soap+xml;action=urn:a;charset=utf-8')).toBe('urn:a');
  });
});
