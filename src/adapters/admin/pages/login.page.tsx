import { SignInForm } from '../../web/sign-in-form';
import { Layout } from './layout';

export function LoginPage({ csrfToken, error, email }: { csrfToken: string; error?: string; email?: string }) {
  return (
    <Layout title="Connexion">
      <div class="login card">
        <h1>Connexion au back-office</h1>
        {error && <p class="error" role="alert">{error}</p>}
        <SignInForm action="/admin/login" csrfToken={csrfToken} email={email} />
        <p><a href="/admin/mot-de-passe-oublie">Mot de passe oublié ?</a></p>
      </div>
    </Layout>
  );
}
