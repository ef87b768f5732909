import type { Request } from 'express';
import type { Principal } from '../../modules/identity/index';

/** The signed-in company manager: a principal acting for one company. */
export interface CompanyManagerUser extends Principal {
  displayName: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    companyManager?: CompanyManagerUser;
  }
}

/** The signed-in manager (the router guarantees one below its sign-in gate). */
export function managerOf(req: Request): CompanyManagerUser & { companyId: string } {
  const user = req.companyManager;
  if (!user?.companyId) throw new Error('company page without a signed-in manager');
  return user as CompanyManagerUser & { companyId: string };
}
