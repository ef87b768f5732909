import { createHmac } from 'node:crypto';
import path from 'node:path';
import {
  DEMAND,
  DEMAND_JOBS,
  DOCUMENT_JOBS,
  demandJobHandlers,
  DEMAND_SETTINGS,
  demandModule,
  documentSettings,
  REGISTRY_SYNC_SETTINGS,
  registrySyncJobHandlers,
  REGISTRY_SYNC_JOBS,
  housedHomesGateway,
  documentJobHandlers,
  staticDemandRegistries,
  sharedFileDescription,
  type DemandRegistry,
} from '../../modules/demand/index';
import type { JobHandler } from '../../shared/jobs';
import { OFFER } from '../../modules/offer/index';
import { LANDLORD } from '../../modules/landlord/index';
import { CANDIDACY } from '../../modules/candidacy/index';
import { DrizzleRegistryFeedStore, DrizzleRegistryPendingWork } from '../../adapters/db/repositories/drizzle-registry-sync.store';
import { DrizzleDemandNotificationOutbox, DrizzleDemandRepository } from '../../adapters/db/repositories/drizzle-demand.repository';
import { DrizzleDemandDocumentRepository } from '../../adapters/db/repositories/drizzle-demand-document.repository';
import { DrizzleDemandRetentionStore } from '../../adapters/db/repositories/drizzle-demand-retention.store';
import { SneRegistry } from '../../adapters/sne/index';
import {
  DemandContactOutboxSource,
  DrizzleDemandContactOutbox,
  DrizzleImportAttemptLimiter,
  DrizzleImportChallengeRepository,
} from '../../adapters/db/repositories/drizzle-demand-import.store';
import { EncryptedFileStorage } from '../../adapters/storage/encrypted-file.storage';
import { inspectUploadedFile } from '../../adapters/storage/detect-file-type';
import { HTTP } from '../../adapters/http/http.tokens';
import { HttpVerificationProvider } from '../../adapters/verification/http-verification.provider';
import { HmacWebhookVerifier } from '../../adapters/verification/hmac-webhook.verifier';
import { BOOT } from '../tokens';
import type { ModuleWiring } from './wiring';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { demandOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';

/**
 * The demand module: its repositories and outbox on the database, the registries it registers
 * demands with, the document storage and verification provider, its façades, and its job handlers.
 *
 * - Registries: the SNE is connected when `SNE_ENDPOINT` is set (SOAP client with the deadline,
 *   retries and TLS client certificate of the configuration). Without it, validated demands wait
 *   with `registrationPending` (their `demand.register-with-registry` jobs stay queued, since no
 *   handler takes them) and imports answer 503; no number is ever made up. Import attempts are
 *   reserved before evaluation per account, per address and per registry number (`DEMAND_IMPORT_*`
 *   settings; past a limit, 429), and a demand moves only once the code sent to the registry's
 *   contact e-mail is confirmed (`demand.contact_outbox`, delivered by the mail dispatcher).
 * - Regional shared files (REGISTRIES / REGISTRIES_FILE): each is one more SneRegistry (the same
 *   interfaceNuu exchange) with its own id, endpoint, credentials and deadline, and serves the
 *   départements it lists; every other département is the SNE's (decision 0010).
 * - Documents: encrypted files under `DATA_DIR/documents` (key DOCUMENT_ENCRYPTION_KEY), types
 *   told from the content. With `VERIFICATION_URL`, the provider checks them (jobs `document.verify`
 *   and `document.poll`, webhook verdicts); without it, pieces wait for an agent's check.
 * - Landlords' access to documents: the candidates transmitted to them on their own offers (the
 *   candidacy module answers, resolved when a landlord asks).
 */
export const demandWiring: ModuleWiring = (container, { config, database, logger, clock, onShutdown }) => {
  const log = logger.child({ module: 'demand' });
  const registries: DemandRegistry[] = [];
  if (config.sne.endpoint) {
    const tls = {
      ...(config.sne.cert ? { certPath: config.sne.cert } : {}),
      ...(config.sne.key ? { keyPath: config.sne.key } : {}),
      ...(config.sne.ca ? { caPath: config.sne.ca } : {}),
    };
    const sne = new SneRegistry(
      { endpoint: config.sne.endpoint, timeoutMs: config.sne.timeoutMs, retries: config.sne.retries, ...(Object.keys(tls).length ? { tls } : {}) },
      log.child({ registry: 'sne' }),
      clock,
    );
    registries.push(sne);
    onShutdown(() => sne.close());
  }
  const byDepartement: Record<string, string> = {};
  for (const file of config.registries.sharedFiles) {
    const shared = new SneRegistry(
      {
        endpoint: file.endpoint,
        timeoutMs: file.timeoutMs,
        retries: file.retries,
        registryId: file.id,
        label: sharedFileDescription(file.id, file.name).label,
        ...(file.credentials ? { credentials: file.credentials } : {}),
        ...(file.tls ? { tls: file.tls } : {}),
      },
      log.child({ registry: file.id }),
      clock,
    );
    registries.push(shared);
    onShutdown(() => shared.close());
    for (const d of file.departements) byDepartement[d] = file.id;
    // the endpoint and the départements only: credentials are never logged
    log.info({ registry: file.id, endpoint: file.endpoint, departements: file.departements }, 'regional shared file connected');
  }
  container.bind(DEMAND.Repository).toConstantValue(new DrizzleDemandRepository(database, clock));
  container.bind(DEMAND.NotificationOutbox).toConstantValue(new DrizzleDemandNotificationOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(demandOutboxSource(database)); // delivered by the mail dispatcher
  container
    .bind(DEMAND.Registries)
    .toConstantValue(staticDemandRegistries(registries, { byDepartement, descriptions: config.registries.sharedFiles.map((f) => sharedFileDescription(f.id, f.name)) }));
  // the import of a registry demand: attempts reserved in the database (per account, address and
  // registry number), codes to the registry's contact through their own outbox (HMAC key derived from JWT_SECRET)
  const imports = config.demandImports;
  container.bind(DEMAND.ImportLimiter).toConstantValue(new DrizzleImportAttemptLimiter(database));
  container.bind(DEMAND.ImportChallenges).toConstantValue(new DrizzleImportChallengeRepository(database));
  container.bind(DEMAND.ContactOutbox).toConstantValue(new DrizzleDemandContactOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(new DemandContactOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(DEMAND.ImportSettings).toConstantValue({
    maxFailuresPerAccount: imports.maxFailuresPerAccount,
    maxFailuresPerAddress: imports.maxFailuresPerAddress,
    maxFailuresPerNumber: imports.maxFailuresPerNumber,
    failureWindowSeconds: imports.failureWindowSeconds,
    numberWindowSeconds: imports.numberWindowSeconds,
    maxCodesPerNumber: imports.maxCodesPerNumber,
    codeTtlSeconds: imports.codeTtlSeconds,
    maxCodeAttempts: imports.codeMaxAttempts,
    codeSecret: createHmac('sha256', config.auth.jwtSecret).update('alin:demand-import-code').digest('hex'),
  });
  container.bind(DEMAND.Settings).toConstantValue(DEMAND_SETTINGS);
  container.bind(DEMAND.Logger).toConstantValue(log);

  // supporting documents
  // the module's rules for documents (retention of replaced files, orphans, provider polls) with the configuration's upload limits
  container.bind(DEMAND.DocumentSettings).toConstantValue(
    documentSettings({
      maxFileBytes: config.uploads.maxFileBytes,
      maxFiles: config.uploads.maxFiles,
      maxDocumentsPerDemand: config.uploads.maxFilesPerDemand,
      maxBytesPerDemand: config.uploads.maxBytesPerDemand,
    }),
  );
  container.bind(DEMAND.DocumentRepository).toConstantValue(new DrizzleDemandDocumentRepository(database, () => clock.now()));
  container
    .bind(DEMAND.DocumentStorage)
    .toConstantValue(
      new EncryptedFileStorage({ rootDir: path.join(config.dataDir, 'documents'), masterKey: config.documents.encryptionKey, maxBytes: config.uploads.maxFileBytes }),
    );
  container.bind(DEMAND.FileTypeDetector).toConstantValue({ detect: inspectUploadedFile });
  // uploads are streamed to temporary files (never held in memory), a bounded number at once
  container.bind(HTTP.UploadSettings).toConstantValue({
    tempDir: path.join(config.dataDir, 'upload-tmp'),
    maxConcurrentPerAccount: config.uploads.maxConcurrentPerAccount,
    maxConcurrent: config.uploads.maxConcurrent,
  });
  const provider = config.verification.url
    ? new HttpVerificationProvider({
        baseUrl: config.verification.url,
        apiKey: config.verification.apiKey,
        timeoutMs: config.verification.timeoutMs,
        retries: config.verification.retries,
        ...(config.verification.callbackUrl ? { callbackUrl: config.verification.callbackUrl } : {}),
        logger: log.child({ component: 'verification' }),
      })
    : null;
  container.bind(DEMAND.Verification).toConstantValue({ provider, webhook: new HmacWebhookVerifier({ secret: config.verification.webhookSecret, clock }) });
  // landlords read the verified documents of the candidates transmitted to them on their own offers
  // (the candidacy module says which; resolved when asked: that module also reads this one)
  container.bind(DEMAND.DesignationChecker).toConstantValue({
    isDesignatedToLandlord: (demandId, landlordId) => container.get(CANDIDACY.Service).isTransmittedToLandlord(demandId, landlordId),
  });
  // retention and erasure (GDPR)
  container.bind(DEMAND.RetentionStore).toConstantValue(new DrizzleDemandRetentionStore(database));
  container.bind(DEMAND.RetentionSettings).toConstantValue({ documentsDays: config.retention.documentsDays, demandDays: config.retention.demandDays });
  // the registry kept in step (issue 20): renewals and radiations sent, feeds read back daily
  // the home a housed demand got, read when the radiation job runs (late-bound: the offer module reads this one's facts)
  container.bind(DEMAND.HousedHomes).toConstantValue(
    housedHomesGateway(
      () => container.get(OFFER.Service),
      () => container.get(LANDLORD.Service),
    ),
  );
  container.bind(DEMAND.RegistryFeeds).toConstantValue(new DrizzleRegistryFeedStore(database));
  container.bind(DEMAND.RegistryPendingWork).toConstantValue(new DrizzleRegistryPendingWork(database));
  container.bind(DEMAND.RegistrySyncSettings).toConstantValue(REGISTRY_SYNC_SETTINGS);
  container.loadSync(demandModule);

  // job handlers, resolving the façades at the first job (those of other modules are bound by their own wirings)
  const worker = container.get(BOOT.JobWorker);
  const lazily =
    (handlers: () => Record<string, JobHandler>, kind: string): JobHandler =>
    (payload, meta) =>
      handlers()[kind]!(payload, meta);
  if (registries.length > 0) {
    const handlers = () => demandJobHandlers(container.get(DEMAND.Service));
    for (const kind of Object.values(DEMAND_JOBS)) worker.register(kind, lazily(handlers, kind));
    const sync = () => registrySyncJobHandlers(container.get(DEMAND.RegistrySync));
    for (const kind of Object.values(REGISTRY_SYNC_JOBS)) worker.register(kind, lazily(sync, kind));
  }
  if (provider) {
    const handlers = () => documentJobHandlers(container.get(DEMAND.Documents));
    for (const kind of Object.values(DOCUMENT_JOBS)) worker.register(kind, lazily(handlers, kind));
  } else {
    log.info('no VERIFICATION_URL: uploaded documents wait for an agent’s check in the back office');
  }
};
