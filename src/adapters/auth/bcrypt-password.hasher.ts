import bcrypt from 'bcrypt';
import type { PasswordHasher } from '../../modules/identity/index';

const BCRYPT_MAX_BYTES = 72;

export class BcryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost: number) {}
  hash(password: string): Promise<string> {
    // bcrypt reads 72 bytes and ignores the rest: never hash a longer password (the policy refuses it first)
    if (Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES) return Promise.reject(new RangeError(`password longer than ${BCRYPT_MAX_BYTES} bytes`));
    return bcrypt.hash(password, this.cost);
  }
  verify(password: string, hash: string): Promise<boolean> {
    // a longer password would match on its first 72 bytes alone: it matches nothing
    if (Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES) return Promise.resolve(false);
    return bcrypt.compare(password, hash).catch(() => false);
  }
}
