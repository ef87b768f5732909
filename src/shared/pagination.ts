/** Every list is paged with a capped page size. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  page: number; // 1-based
  pageSize: number; // 1..MAX_PAGE_SIZE
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function pageRequest(page?: number, pageSize?: number): PageRequest {
  const size = Math.min(Math.max(Math.trunc(pageSize ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  return { page: Math.max(Math.trunc(page ?? 1), 1), pageSize: size };
}

export const pageOffset = (req: PageRequest): number => (req.page - 1) * req.pageSize;
