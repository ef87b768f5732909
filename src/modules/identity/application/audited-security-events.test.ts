import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { auditedSecurityEvents } from './audited-security-events';

describe('security events', () => {
  it('are logged and audited as security.<type> on the account, or on « unknown » when none is known', async () => {
    const audit = new InMemoryAuditTrail();
    const logged: string[] = [];
    const sink = auditedSecurityEvents(audit, { warn: (_f, message) => void logged.push(message) });
    await sink.record({ type: 'login_failed', accountId: 'a1', address: '203.0.113.9', detail: 'wrong password' });
    await sink.record({ type: 'token_refused' });
    expect(logged).toEqual(['login_failed', 'token_refused']);
    expect(audit.entries.map((e) => [e.action, e.objectId, e.actorAccountId, e.detail])).toEqual([
      ['security.login_failed', 'a1', 'a1', { detail: 'wrong password' }],
      ['security.token_refused', 'unknown', undefined, undefined],
    ]);
  });
});
