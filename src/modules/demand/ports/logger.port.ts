/** What the module logs through: pino's Logger fits. Ids and codes only, never personal data. */
export interface DemandLogger {
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}
