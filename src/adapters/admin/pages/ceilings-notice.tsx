import type { CeilingsStatus } from '../../../modules/offer/index';

/** Which ceilings decide today, shown on the dashboard and on the ceilings page. */
export function CeilingsNotice({ status }: { status: CeilingsStatus }) {
  if (!status.notice) return null;
  return (
    <div class="notice" role="status" data-testid="ceilings-notice">
      <p>{status.notice.fr}</p>
      <p>
        <a href="/admin/plafonds">Voir les plafonds de ressources</a>
      </p>
    </div>
  );
}
