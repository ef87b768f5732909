/** The demand module's settings (from the configuration). */
export interface DemandSettings {
  /** the registry new demands are registered with (`sne`) */
  defaultRegistry: string;
}
