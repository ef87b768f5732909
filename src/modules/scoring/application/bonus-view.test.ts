import { describe, expect, it } from 'vitest';
import type { StoredBonus } from '../ports';
import { bonusView, isBonusEndable } from './bonus-view';

const stored = (over: Partial<StoredBonus> = {}): StoredBonus => ({
  id: 'b-1',
  sizeClass: 'PME',
  points: 40,
  startDate: '2026-03-01',
  endDate: '2026-03-31',
  reason: 'équilibrage',
  createdAt: new Date('2026-02-01T00:00:00Z'),
  createdBy: 'agent-1',
  updatedAt: new Date('2026-02-01T00:00:00Z'),
  endedAt: null,
  endedBy: null,
  ...over,
});

describe('isBonusEndable', () => {
  it('ends a bonus that applies or is to apply, never one ended or past', () => {
    expect((['scheduled', 'active', 'expired', 'ended'] as const).filter(isBonusEndable)).toEqual(['scheduled', 'active']);
  });
});

describe('bonusView.endable', () => {
  it.each([
    ['2026-02-15', {}, 'scheduled', true],
    ['2026-03-10', {}, 'active', true],
    ['2026-04-01', {}, 'expired', false],
    ['2026-03-10', { endedAt: new Date('2026-03-05T10:00:00Z'), endedBy: 'agent-1' }, 'ended', false],
  ] as const)('on %s: %s', (today, over, status, endable) => {
    const view = bonusView(stored(over), today);
    expect([view.status, view.endable]).toEqual([status, endable]);
  });
});
