import { pageRequest, MAX_PAGE_SIZE } from '../../../shared/pagination';
import type { CandidacyRecord, StoredNotification } from '../ports';
import type { CandidacyDeps } from './candidacy.deps';

export async function allOwn(deps: CandidacyDeps, accountId: string): Promise<CandidacyRecord[]> {
  const all: CandidacyRecord[] = [];
  for (let page = 1; ; page++) {
    const batch = await deps.candidacies.listForApplicant(accountId, pageRequest(page, MAX_PAGE_SIZE));
    all.push(...batch.items);
    if (batch.items.length < MAX_PAGE_SIZE || all.length >= batch.total) return all;
  }
}

export async function allNotifications(deps: CandidacyDeps, accountId: string): Promise<StoredNotification[]> {
  const all: StoredNotification[] = [];
  for (let page = 1; ; page++) {
    const batch = await deps.notifications.listForAccount(accountId, pageRequest(page, MAX_PAGE_SIZE));
    all.push(...batch.items);
    if (batch.items.length < MAX_PAGE_SIZE || all.length >= batch.total) return all;
  }
}
