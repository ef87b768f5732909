import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/bootstrap/config';

describe('configuration', () => {
  it('has working development defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('refuses to start in production with default or short secrets, naming each setting', () => {
    try {
      loadConfig({ NODE_ENV: 'production', COOKIE_SECRET: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('JWT_SECRET: the development default cannot be used in production');
      expect(message).toContain('COOKIE_SECRET: must be at least 32 bytes in production');
      expect(message).toContain('DOCUMENT_ENCRYPTION_KEY');
    }
  });

  it('starts in production with proper secrets', () => {
    const secret = 'x'.repeat(40);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      COOKIE_SECRET: secret,
      VERIFICATION_WEBHOOK_SECRET: secret,
      DOCUMENT_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(config.production).toBe(true);
    expect(config.seedDemo).toBe(false);
  });

  it('rejects malformed values with the setting name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DOCUMENT_ENCRYPTION_KEY: 'abc' })).toThrow(/DOCUMENT_ENCRYPTION_KEY/);
  });
});
