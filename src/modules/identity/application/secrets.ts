import { createHash, randomBytes } from 'node:crypto';

/** Opaque secrets (refresh tokens, admin session tokens, client secrets): random, stored only as hashes. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
