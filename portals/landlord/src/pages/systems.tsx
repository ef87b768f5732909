import { PageTitle, useDocumentTitle } from '../../../shared/ui';
import type { PageProps } from '../app';

export default function SystemsPage(_: PageProps) {
  useDocumentTitle('Systèmes connectés');
  return <PageTitle>Systèmes connectés</PageTitle>;
}
