import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csv';
import type { AuditRow } from '../../db/read-models/audit.read-model';
import { AUDIT_CSV_HEADERS, auditCsvRow } from './audit.area';
import { actionLabel, AUDIT_ACTION_LABELS, detailLines, parisMidnight, parisTime } from './labels';

const row = (over: Partial<AuditRow> = {}): AuditRow => ({
  id: 1,
  at: new Date('2026-12-06T13:05:00Z'),
  actorAccountId: '11111111-1111-4111-8111-111111111111',
  actorRole: 'agent',
  actorName: 'Antoine Agent',
  actorEmail: 'antoine@als.example.fr',
  actingForKind: null,
  actingForId: null,
  action: 'demand.rejected',
  objectType: 'demand',
  objectId: '22222222-2222-4222-8222-222222222222',
  detail: { reason: 'Pièces illisibles' },
  address: '10.0.0.1',
  ...over,
});

describe('the audit trail in French', () => {
  it('shows Paris time with its zone, winter and summer', () => {
    expect(parisTime(new Date('2026-12-06T13:05:00Z'))).toBe('06/12/2026 14:05:00 UTC+1');
    expect(parisTime(new Date('2026-07-01T22:30:00Z'))).toBe('02/07/2026 00:30:00 UTC+2');
  });

  it('turns a Paris day into its first instant', () => {
    expect(parisMidnight('2026-12-06').toISOString()).toBe('2026-12-05T23:00:00.000Z');
    expect(parisMidnight('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('labels every action in French and never shows a raw code alone', () => {
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label, code).not.toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(actionLabel(code)).toBe(label);
    }
    expect(actionLabel('new.thing')).toBe('Action technique (new.thing)');
  });

  it('writes details as lines, nested values included, no JSON', () => {
    expect(detailLines({ reason: 'Pièces illisibles', piecesMissing: ['identity', 'tax_notice'], override: { reason: 'vu en agence' }, mobilityChecked: true, rank: 3 })).toEqual([
      'Motif : Pièces illisibles',
      'Pièces manquantes : identity, tax_notice',
      'Dérogation : Motif : vu en agence',
      'Mobilité vérifiée : oui',
      'Rang : 3',
    ]);
    expect(detailLines(null)).toEqual([]);
  });
});

describe('the audit CSV export', () => {
  it('has French headers, semicolons, a BOM, and neutralises formulas', () => {
    const csv = toCsv([AUDIT_CSV_HEADERS, auditCsvRow(row({ actorName: '=HYPERLINK("http://x")', detail: { reason: '+1;2' } }), true)], { bom: true });
    expect(csv.startsWith('\uFEFFDate et heure (Paris);Qui;Rôle;')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith('06/12/2026 14:05:00 UTC+1;')).toBe(true);
    expect(line).toContain(`"'=HYPERLINK(""http://x"") (antoine@als.example.fr), collaborateur"`);
    expect(line).toContain(';Demande refusée;demand.rejected;Demande;');
    expect(line).toContain('"Motif : +1;2"');
    expect(line.endsWith(';10.0.0.1')).toBe(true);
  });

  it('leaves the network address out for agents', () => {
    expect(auditCsvRow(row(), false).at(-1)).toBe('');
  });
});
