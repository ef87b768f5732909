/**
 * The national registry (SNE) adapter: interfaceNuu 02.00 mapping, the SOAP 1.2 client that
 * implements the demand module's DemandRegistry port, and the simulator the project ships.
 */
export { SneRegistry, type SneRegistryConfig, type SneTlsConfig, type SneLogger, type SneDuplicate } from './sne-soap.client';
export {
  parseInterfaceNuu,
  parseInterfaceNuuDemand,
  parseRegistryDemand,
  toInterfaceNuuXml,
  interfaceNuuLosses,
  InterfaceNuuError,
  type InterfaceNuuDemand,
  type InterfaceNuuInput,
  type InterfaceNuuIssue,
  type ParsedInterfaceNuu,
} from './interface-nuu.mapper';
export { INTERFACE_NUU_NAMESPACE, INTERFACE_NUU_VERSION, UNMAPPED_ELEMENTS } from './interface-nuu.format';
export { isRegistrationNumber, normalizeRegistrationNumber, formatRegistrationNumber, registryDate } from './registration-number';
export { SNE_SERVICE_NAMESPACE, SNE_OPERATIONS, SNE_FAULTS, type SneOperation } from './soap';
export { startSneSimulator, type SneSimulator, type SneSimulatorOptions, type SneSimulatorMode, type SneSeed } from './simulator/sne-simulator';
