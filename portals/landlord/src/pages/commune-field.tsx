import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { InputField } from '../../../shared/ui/forms';

/**
 * The offer's commune, looked up by name or postcode (GET /communes): the matches are listed as
 * buttons under the field (reachable with Tab), the one chosen is said in a status line. When the
 * lookup cannot answer, the INSEE code is typed directly (the API checks that the commune exists and
 * says so next to the field).
 */

type Match = paths['/api/v1/communes']['get']['responses'][200]['content']['application/json']['items'][number];

export function CommuneField({
  code,
  label,
  error,
  onChange,
}: {
  code: string;
  label: string;
  error?: string | undefined;
  onChange: (code: string, label: string, postalCode?: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [lookupDown, setLookupDown] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return setMatches(null);
    let live = true;
    const timer = setTimeout(() => {
      void call(api.GET('/api/v1/communes', { params: { query: { q: q.slice(0, 60), limit: 8 } } })).then((r) => {
        if (!live) return;
        if (r.ok) setMatches(r.data.items);
        else if (r.problem.status === 404 || r.problem.status === 0 || r.problem.status >= 500) setLookupDown(true);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (lookupDown) {
    return (
      <InputField
        name="communeCode"
        label="Code INSEE de la commune"
        inputMode="numeric"
        maxLength={5}
        hint="La recherche de communes ne répond pas : saisissez le code officiel de la commune (5 caractères, par exemple 69266 pour Villeurbanne), différent du code postal."
        value={code}
        onInput={(v) => onChange(v.trim(), '')}
        error={error}
      />
    );
  }
  const chosen = code ? `Commune choisie : ${label || code} (code INSEE ${code}).` : 'Aucune commune choisie.';
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for="field-communeCode">Commune</label>
      <p id="field-communeCode-hint" class="hint">
        Tapez le début du nom ou le code postal, puis choisissez la commune dans la liste.
      </p>
      <input
        id="field-communeCode"
        name="commune"
        type="search"
        autoComplete="off"
        maxLength={60}
        value={query}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`field-communeCode-hint field-communeCode-chosen${error ? ' field-communeCode-error' : ''}`}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="field-communeCode-chosen" class="chosen" role="status">
        {chosen}
      </p>
      {error ? (
        <p id="field-communeCode-error" class="field-error">
          {error}
        </p>
      ) : null}
      {matches ? (
        matches.length ? (
          <ul class="matches" aria-label="Communes trouvées">
            {matches.map((m) => (
              <li key={m.code}>
                <button
                  type="button"
                  class="match"
                  aria-pressed={m.code === code ? 'true' : 'false'}
                  onClick={() => {
                    onChange(m.code, m.label, m.postalCodes[0]);
                    setMatches(null);
                    setQuery('');
                  }}
                >
                  {m.label} <span class="muted">· INSEE {m.code}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Aucune commune ne correspond.</p>
        )
      ) : null}
    </div>
  );
}
