import { SignInForm } from '../../web/sign-in-form';
import { ErrorLine } from '../../web/kit/boxes';
import { Layout } from './layout';

export function LoginPage({ csrfToken, error, email }: { csrfToken: string; error?: string; email?: string }) {
  return (
    <Layout title="Connexion">
      <div class="login card">
        <h1>Connexion au back-office</h1>
        <ErrorLine message={error} />
        <SignInForm action="/admin/login" csrfToken={csrfToken} email={email} />
        <p>
          <a href="/admin/mot-de-passe-oublie">Mot de passe oublié ?</a>
        </p>
      </div>
    </Layout>
  );
}
