import { startSneSimulator } from './sne-simulator';

/**
 * `npm run sne:simulator`: runs the SNE simulator until SIGINT or SIGTERM.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | SNE_SIMULATOR_PORT | 8089 | port (0 for any free port) |
 * | SNE_SIMULATOR_HOST | 127.0.0.1 | interface to listen on |
 * | SNE_SIMULATOR_DATA_FILE | (none: in memory) | JSON file keeping the demands across restarts |
 * | SNE_SIMULATOR_COUNTER_CODE | 0001 | registration counter code ending the numbers |
 * | SNE_SIMULATOR_TLS_CERT, SNE_SIMULATOR_TLS_KEY | (none: HTTP) | serve HTTPS with this certificate |
 * | SNE_SIMULATOR_TLS_CA | (none) | with it, require client certificates signed by this CA |
 * | SNE_SIMULATOR_NAME | SNE | the registry it plays: `SNE`, or a regional shared file (`Imhoweb`, `FCR`, `Habisoft`) |
 * | SNE_SIMULATOR_USERNAME, SNE_SIMULATOR_PASSWORD | (none) | HTTP Basic credentials it then requires, as a shared file may |
 *
 * Point the platform at it with SNE_ENDPOINT=<the URL printed>, or, playing a shared file, with
 * its entry in REGISTRIES / REGISTRIES_FILE (README, configuration). Two shared files: two
 * simulators on two ports, each with its own name, counter code and data file, e.g.
 * `SNE_SIMULATOR_NAME=Imhoweb SNE_SIMULATOR_PORT=8090 SNE_SIMULATOR_COUNTER_CODE=3501 npm run sne:simulator`.
 */
async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.SNE_SIMULATOR_PORT ?? 8089);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SNE_SIMULATOR_PORT is not a port: ${env.SNE_SIMULATOR_PORT}`);
  const cert = env.SNE_SIMULATOR_TLS_CERT;
  const key = env.SNE_SIMULATOR_TLS_KEY;
  const ca = env.SNE_SIMULATOR_TLS_CA;
  const username = env.SNE_SIMULATOR_USERNAME;
  const password = env.SNE_SIMULATOR_PASSWORD;
  if ((username === undefined) !== (password === undefined)) throw new Error('SNE_SIMULATOR_USERNAME and SNE_SIMULATOR_PASSWORD go together');
  const simulator = await startSneSimulator({
    port,
    host: env.SNE_SIMULATOR_HOST ?? '127.0.0.1',
    ...(env.SNE_SIMULATOR_DATA_FILE && { dataFile: env.SNE_SIMULATOR_DATA_FILE }),
    ...(env.SNE_SIMULATOR_COUNTER_CODE && { counterCode: env.SNE_SIMULATOR_COUNTER_CODE }),
    ...(cert && key && { tls: { certPath: cert, keyPath: key, ...(ca && { caPath: ca, requireClientCert: true }) } }),
    ...(env.SNE_SIMULATOR_NAME && { name: env.SNE_SIMULATOR_NAME }),
    ...(username !== undefined && password !== undefined && { credentials: { username, password } }),
  });
  console.log(`${simulator.name} simulator listening on ${simulator.url} (${simulator.store.size} demands held${username ? ', credentials required' : ''})`);
  console.log(`  control: POST ${simulator.url}__control {"mode":"normal|slow|failing|garbage","delayMs":3000}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${simulator.name} simulator stopping (${signal})`);
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
