/**
 * The national registry (SNE) adapter: interfaceNuu 02.00 mapping, the SOAP 1.2 client that
 * implements the demand module's DemandRegistry port, and the simulator the project ships.
 * Exported: what the wiring and the tests use (the client and the simulator); the mapping, the
 * SOAP envelope and the number helpers stay inside the adapter.
 */
export { SneRegistry } from './sne-soap.client';
export { startSneSimulator, type SneSimulator } from './simulator/sne-simulator';
