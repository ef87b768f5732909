/** How long a mailed one-time link stays usable: a registration's confirmation two days, a password reset thirty minutes. */
export const ACCOUNT_LINK_LIFETIMES = {
  confirmationTtlSeconds: 2 * 86_400,
  resetTtlSeconds: 30 * 60,
} as const;
