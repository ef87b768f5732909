/** Time comes from a clock port so that rules about ages, seniority and windows are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
