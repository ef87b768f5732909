import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../modules/candidacy/application/transitions';
import { hasTemplate, renderMail } from './templates';

const ctx = { publicUrl: 'https://alin.example/', recipientName: 'Claire <Martin>' };

describe('mail templates', () => {
  it('have a French template for every candidacy notification kind', () => {
    for (const kind of Object.values(NOTIFICATION_KINDS)) expect(hasTemplate(kind), kind).toBe(true);
  });

  it('render the subject, text and escaped HTML, without empty fields', () => {
    const mail = renderMail('candidacy.cal_refused', { typology: 'T2', communeName: 'Villeurbanne', reason: 'Dossier <incomplet>' }, ctx);
    expect(mail.subject).toBe('Décision de la commission d’attribution : candidature refusée (T2 à Villeurbanne)');
    expect(mail.text).toContain('Bonjour Claire <Martin>,');
    expect(mail.text).toContain('Motif : Dossier <incomplet>');
    expect(mail.text).toContain('Votre espace AL’in : https://alin.example');
    expect(mail.html).toContain('<p>Motif : Dossier &lt;incomplet&gt;</p>');
    expect(mail.html).toContain('<p>Bonjour Claire &lt;Martin&gt;,</p>');
    expect(mail.html).not.toContain('<incomplet>');
    const bare = renderMail('candidacy.cal_refused', { typology: 'T2' }, { publicUrl: 'https://alin.example' });
    expect(bare.text).not.toMatch(/undefined|Motif/);
    expect(bare.text.startsWith('Bonjour,')).toBe(true);
  });

  it('tell the applicant, in French, that the registry struck their demand off, with the reason and the date', () => {
    const mail = renderMail(
      'demand.struck_off',
      { registrationNumber: '0590625004217T0001', struckOffOn: '2026-03-15', reason: 'Radiée par le registre national : renonciation du demandeur' },
      ctx,
    );
    expect(mail.subject).toBe('Votre demande de logement a été radiée par le registre national');
    expect(mail.text).toContain('a radié votre demande (n° 0590625004217T0001) le 15/03/2026.');
    expect(mail.text).toContain('Motif : Radiée par le registre national : renonciation du demandeur.');
    expect(renderMail('demand.struck_off', {}, ctx).text).not.toMatch(/undefined|Motif/);
  });

  it('give the invitation link, and dates in the French format', () => {
    const mail = renderMail('company_manager_invitation', { companyName: 'Acme', link: 'https://alin.example/invitation?token=a&b', expiresAt: '2026-03-08T10:00:00.000Z' }, ctx);
    expect(mail.text).toContain('Choisir mon mot de passe et activer mon compte : https://alin.example/invitation?token=a&b');
    expect(mail.text).toContain('valable jusqu’au 08/03/2026');
    expect(mail.html).toContain('href="https://alin.example/invitation?token=a&amp;b"');
  });

  it('elide « de » before a vowel and write no parenthesised gender or plural', () => {
    const company = renderMail('company_manager_invitation', { companyName: 'Acme' }, ctx);
    expect(company.subject).toBe('Invitation à gérer l’espace entreprise d’Acme sur AL’in');
    expect(company.text).toContain('Vous avez reçu une invitation à gérer l’espace entreprise d’Acme sur AL’in,');
    const landlord = renderMail('landlord_user_invitation', { landlordName: 'Habitat Rhône' }, ctx);
    expect(landlord.subject).toBe('Invitation à l’espace bailleur de Habitat Rhône sur AL’in');
    expect(renderMail('landlord_user_invitation', {}, ctx).subject).toBe('Invitation à l’espace bailleur sur AL’in');
    expect(renderMail('alert.new_offers', { count: 3, offers: [{}, {}] }, ctx).text).toContain('Et 1 autre offre dans votre espace AL’in.');
    expect(renderMail('alert.new_offers', { count: 4, offers: [{}] }, ctx).text).toContain('Et 3 autres offres dans votre espace AL’in.');
    for (const mail of [company, landlord]) expect(mail.text).not.toMatch(/\((?:e|s)\)/);
  });

  it('fall back to a neutral message for an unknown kind', () => {
    expect(hasTemplate('something.new')).toBe(false);
    expect(renderMail('something.new', { secret: 'x' }, ctx).text).not.toContain('x"');
    expect(renderMail('something.new', {}, ctx).subject).toBe('Du nouveau dans votre espace AL’in');
  });
});
