import bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import type { PasswordHasher } from '../../modules/identity/index';

const BCRYPT_MAX_BYTES = 72;

export class BcryptPasswordHasher implements PasswordHasher {
  private dummy: Promise<string> | undefined;

  constructor(private readonly cost: number) {}

  hash(password: string): Promise<string> {
    // bcrypt reads 72 bytes and ignores the rest: never hash a longer password (the policy refuses it first)
    if (Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES) return Promise.reject(new RangeError(`password longer than ${BCRYPT_MAX_BYTES} bytes`));
    return bcrypt.hash(password, this.cost);
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    // a longer password would match on its first 72 bytes alone: it matches nothing
    if (Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES) return false;
    if (hash === null) {
      // no account (or no password yet): the same work as a real comparison, so that timing tells nothing
      await bcrypt.compare(password, await this.dummyHash()).catch(() => false);
      return false;
    }
    return bcrypt.compare(password, hash).catch(() => false);
  }

  /** A hash of a random secret, made once with this hasher's cost (the cost of every stored hash). */
  dummyHash(): Promise<string> {
    this.dummy ??= bcrypt.hash(randomBytes(24).toString('base64url'), this.cost);
    return this.dummy;
  }
}
