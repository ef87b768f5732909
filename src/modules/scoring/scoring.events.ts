/** Events the scoring module publishes, in the transaction of the change (delivered once it has committed). */
export const SCORING_EVENTS = {
  /** what rankings are computed with changed (caches drop their rankings) */
  inputsChanged: 'scoring.inputs_changed',
} as const satisfies Record<string, keyof ScoringEventPayloads>;

/** The payload of each event of the scoring module (publish and subscribe through `typedEvents<ScoringEventPayloads>(bus)`). */
export interface ScoringEventPayloads {
  'scoring.inputs_changed': { kind: 'bonus' | 'grid'; id: string };
}
