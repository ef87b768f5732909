import { Layout } from './layout';

export function LoginPage({ csrfToken, error, email }: { csrfToken: string; error?: string; email?: string }) {
  return (
    <Layout title="Connexion">
      <div class="login card">
        <h1>Connexion au back-office</h1>
        {error && <p class="error" role="alert">{error}</p>}
        <form class="stack" method="post" action="/admin/login">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <div>
            <label for="email">Adresse e-mail</label>
            <input id="email" name="email" type="email" autocomplete="username" required value={email ?? ''} />
          </div>
          <div>
            <label for="password">Mot de passe</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </div>
          <button class="primary" type="submit">Se connecter</button>
        </form>
      </div>
    </Layout>
  );
}
