/** The e-mail and password form of the server-rendered portals (back office, company portal): one markup, one behaviour. */
export function SignInForm({ action, csrfToken, email }: { action: string; csrfToken: string; email?: string | undefined }) {
  return (
    <form class="stack" method="post" action={action}>
      <input type="hidden" name="_csrf" value={csrfToken} />
      <div>
        <label for="email">Adresse e-mail</label>
        <input id="email" name="email" type="email" autocomplete="username" required value={email ?? ''} />
      </div>
      <div>
        <label for="password">Mot de passe</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
      </div>
      <button class="primary" type="submit">
        Se connecter
      </button>
    </form>
  );
}
