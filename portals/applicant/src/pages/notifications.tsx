import { useEffect, useState } from 'preact/hooks';
import { api, call, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDateTime } from '../../../shared/format';
import { Loading, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';

/** « Notifications »: what changed in the demand and the candidacies (GET /me/notifications), in the platform's words, newest first. */

type Notifications = paths['/api/v1/me/notifications']['get']['responses'][200]['content']['application/json'];

export default function NotificationsPage() {
  useDocumentTitle('Notifications');
  const [data, setData] = useState<Notifications | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.GET('/api/v1/me/notifications')).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.data);
      else setProblem(r.problem);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <PageTitle>Notifications</PageTitle>
      <p>Ce qui a changé dans votre demande et vos candidatures. Chaque notification vous est aussi envoyée par e-mail.</p>
      {problem ? (
        <ProblemNotice problem={problem} />
      ) : !data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p>Aucune notification pour l’instant.</p>
      ) : (
        <ul class="cards">
          {data.items.map((n, i) => (
            <li key={`${n.createdAt}-${i}`} class="card">
              <p class="criterion">
                {n.candidacyId ? <a href={`/candidatures/${n.candidacyId}`}>{n.title}</a> : n.source === 'demand' ? <a href="/demande">{n.title}</a> : n.title}
              </p>
              <p class="muted">
                Le {formatDateTime(n.createdAt)}
                {n.mailedAt ? ` · e-mail envoyé le ${formatDateTime(n.mailedAt)}` : ' · e-mail en cours d’envoi'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
