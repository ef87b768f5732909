import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { identityError, ROLES, type AccessTokenClaims, type AccessTokenService, type Role } from '../../modules/identity/index';

export interface JwtSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** Clock skew tolerated on a token's issue time. */
const IAT_LEEWAY_SECONDS = 30;

/** HS256 only: verification names the accepted algorithm, so `alg: none` and other keys are refused. */
export class JwtAccessTokenService implements AccessTokenService {
  /** A KeyObject made once: given a string, jsonwebtoken would try to parse it as a PEM key on every call. */
  private readonly key: KeyObject;
  constructor(private readonly settings: JwtSettings) {
    this.key = createSecretKey(Buffer.from(settings.secret, 'utf8'));
  }

  issue(claims: AccessTokenClaims): { token: string; expiresIn: number } {
    const payload: Record<string, unknown> = { role: claims.role, sid: claims.sid };
    if (claims.companyId) payload.companyId = claims.companyId;
    if (claims.landlordId) payload.landlordId = claims.landlordId;
    const token = jwt.sign(payload, this.key, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.ttlSeconds,
      jwtid: randomUUID(),
    });
    return { token, expiresIn: this.settings.ttlSeconds };
  }

  verify(token: string): AccessTokenClaims {
    let decoded: string | jwt.JwtPayload;
    try {
      decoded = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw identityError.tokenExpired();
      throw identityError.tokenInvalid();
    }
    // `exp` is required: jsonwebtoken checks it only when present, and a token without it would never expire
    if (
      typeof decoded === 'string' ||
      typeof decoded.exp !== 'number' ||
      typeof decoded.sub !== 'string' ||
      typeof decoded.sid !== 'string' ||
      !ROLES.includes(decoded.role as Role)
    ) {
      throw identityError.tokenInvalid();
    }
    // and no lifetime longer than the ones this service issues
    if (decoded.exp > Math.floor(Date.now() / 1000) + this.settings.ttlSeconds + IAT_LEEWAY_SECONDS) {
      throw identityError.tokenInvalid();
    }
    // jsonwebtoken checks `nbf` but not an `iat` in the future: a token issued later than now was not issued by this clock
    if (typeof decoded.iat === 'number' && decoded.iat > Math.floor(Date.now() / 1000) + IAT_LEEWAY_SECONDS) {
      throw identityError.tokenInvalid();
    }
    return {
      sub: decoded.sub,
      role: decoded.role as Role,
      sid: decoded.sid,
      ...(typeof decoded.companyId === 'string' ? { companyId: decoded.companyId } : {}),
      ...(typeof decoded.landlordId === 'string' ? { landlordId: decoded.landlordId } : {}),
    };
  }
}
