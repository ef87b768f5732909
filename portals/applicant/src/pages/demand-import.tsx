import { useEffect, useState } from 'preact/hooks';
import { api, call, fieldErrors, type Problem } from '../../../shared/api/client';
import type { paths } from '../../../shared/api/schema';
import { formatDateTime } from '../../../shared/format';
import { navigate } from '../../../shared/router';
import { Button, Notice, PageTitle, ProblemNotice, useDocumentTitle } from '../../../shared/ui';
import { InputField } from '../../../shared/ui/forms';
import { forgetDemand } from '../state';

/**
 * « J'ai déjà un numéro unique » (issue 16, journey step 3): bringing back a demand a registry holds
 * (the SNE, or the regional shared file of the département). Step 1: the registration number and the
 * birth date (POST /demands/import), with the département's registry named by the API
 * (GET /registry/for-departement/{code}); step 2: the code the registry's contact address received
 * (POST /demands/import/confirm). Then the demand page shows the imported demand. When the registry
 * does not answer (503), the page says so plainly: nothing is lost, try again later.
 */

type Registry = paths['/api/v1/registry/for-departement/{code}']['get']['responses'][200]['content']['application/json'];
type Started = paths['/api/v1/demands/import']['post']['responses'][202]['content']['application/json'];

type Errors = Record<string, string>;

const NUMBER_LENGTH = 18;

const compact = (errors: Record<string, string | undefined>): Errors => Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1])));

function focusFirstError(errors: Errors, order: string[]): void {
  const first = order.find((name) => errors[name]);
  if (first) requestAnimationFrame(() => document.getElementById(`field-${first}`)?.focus());
}

/** The number as the applicant may type it (spaces, lower case) → as the registry writes it. */
const normalizedNumber = (value: string): string => value.split(/\s/u).join('').toUpperCase();

function checkNumber(value: string): string | undefined {
  const number = normalizedNumber(value);
  if (!number) return 'Saisissez votre numéro unique.';
  if (number.length !== NUMBER_LENGTH || [...number].some((c) => !/[0-9A-Z]/u.test(c))) {
    return `Le numéro unique compte ${NUMBER_LENGTH} chiffres ou lettres, comme sur l’attestation d’enregistrement (par exemple 0590625004217T0001).`;
  }
  return undefined;
}

const checkBirthDate = (value: string): string | undefined => (value ? undefined : 'Saisissez votre date de naissance.');

function checkCode(value: string): string | undefined {
  const code = value.trim();
  if (!code) return 'Saisissez le code reçu.';
  if (code.length !== 6 || [...code].some((c) => c < '0' || c > '9')) return 'Le code reçu compte 6 chiffres.';
  return undefined;
}

/** The registry that answers 503: said in plain French, then the API's own detail (which names the registry). */
function RegistryDown({ problem }: { problem: Problem }) {
  return (
    <Notice kind="warning" title="Le registre ne répond pas pour le moment : votre demande vous y attend, rien n’est perdu.">
      <p>{problem.detail ?? 'Réessayez plus tard, dans quelques minutes.'}</p>
    </Notice>
  );
}

function Problems({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  return problem.status === 503 ? <RegistryDown problem={problem} /> : <ProblemNotice problem={problem} />;
}

/** The département's registry as the API names it (a sentence in French), once a département code is typed. */
function useDepartementRegistry(departement: string): Registry | null {
  const [registry, setRegistry] = useState<Registry | null>(null);
  const code = departement.trim().toUpperCase();
  useEffect(() => {
    setRegistry(null);
    if (code.length < 2 || code.length > 3) return;
    let live = true;
    const timer = setTimeout(() => {
      void call(api.GET('/api/v1/registry/for-departement/{code}', { params: { path: { code } } })).then((r) => {
        if (live && r.ok) setRegistry(r.data);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code]);
  return registry;
}

export default function DemandImportPage() {
  useDocumentTitle('Retrouver ma demande');
  const [departement, setDepartement] = useState('');
  const [number, setNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<Started | null>(null);
  const registry = useDepartementRegistry(departement);

  const done = () => {
    forgetDemand();
    navigate('/demande?importee=1', { replace: true });
  };

  const start = async (event?: Event) => {
    event?.preventDefault();
    const found = compact({ number: checkNumber(number), birthDate: checkBirthDate(birthDate) });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['number', 'birthDate']);
    setBusy(true);
    const dep = departement.trim().toUpperCase();
    const r = await call(api.POST('/api/v1/demands/import', { body: { number: normalizedNumber(number), birthDate, ...(dep ? { departement: dep } : {}) } }));
    setBusy(false);
    if (!r.ok) {
      const fields = fieldErrors(r.problem);
      setErrors(fields);
      setProblem(r.problem);
      if (Object.keys(fields).length) focusFirstError(fields, ['departement', 'number', 'birthDate']);
      return;
    }
    if (r.data.outcome === 'already_imported') return done();
    setCode('');
    setStarted(r.data);
  };

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (!started?.challengeId) return;
    const found = compact({ code: checkCode(code) });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length) return focusFirstError(found, ['code']);
    setBusy(true);
    const r = await call(api.POST('/api/v1/demands/import/confirm', { body: { challengeId: started.challengeId, code: code.trim() } }));
    setBusy(false);
    if (r.ok) return done();
    const fields = fieldErrors(r.problem);
    setErrors(fields);
    if (r.problem.status === 409 || (r.problem.status === 404 && r.problem.code === 'DEMAND.IMPORT_NOT_FOUND')) {
      // the code expired or was replaced: back to the first step, the number and birth date kept
      setStarted(null);
    }
    setProblem(fields.code ? null : r.problem);
    if (fields.code) focusFirstError(fields, ['code']);
  };

  if (started) {
    return (
      <>
        <PageTitle>Retrouver ma demande</PageTitle>
        <section aria-labelledby="code-titre" class="card">
          <h2 id="code-titre">Étape 2 sur 2 : le code reçu</h2>
          <p>
            Un code de 6 chiffres vient d’être envoyé par e-mail à l’adresse que le registre connaît pour votre demande
            {started.sentTo ? (
              <>
                {' '}
                : <strong>{started.sentTo}</strong>
              </>
            ) : null}
            .{started.expiresAt ? <> Il est valable jusqu’au {formatDateTime(started.expiresAt)}.</> : null}
          </p>
          <Problems problem={problem} />
          <form onSubmit={confirm} noValidate class="form">
            <InputField
              name="code"
              label="Code reçu par e-mail"
              hint="6 chiffres"
              inputMode="numeric"
              maxLength={12}
              autoComplete="one-time-code"
              value={code}
              onInput={setCode}
              error={errors.code}
            />
            <Button busy={busy}>Valider le code</Button>
          </form>
          <div class="actions">
            <Button type="button" variant="secondary" disabled={busy} onClick={() => void start()}>
              Recevoir un nouveau code
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setStarted(null);
                setProblem(null);
                setErrors({});
              }}
            >
              Changer de numéro
            </Button>
          </div>
          <p class="muted">Cette adresse n’est plus la vôtre ? Le service qui a enregistré votre demande peut la mettre à jour.</p>
        </section>
      </>
    );
  }

  return (
    <>
      <PageTitle>Retrouver ma demande</PageTitle>
      <p>
        Vous avez déjà une demande de logement social, avec son numéro unique ? Retrouvez-la ici : elle garde sa date d’enregistrement et vous n’avez pas à la saisir de nouveau.
      </p>
      <Problems problem={problem} />
      <form onSubmit={start} noValidate class="form">
        <h2>Étape 1 sur 2 : votre numéro unique</h2>
        <InputField
          name="departement"
          label="Département où la demande a été déposée"
          required={false}
          maxLength={3}
          autoComplete="off"
          hint="Son numéro : 35, 59, 2A, 974… Il indique le registre qui tient votre demande."
          value={departement}
          onInput={setDepartement}
          error={errors.departement}
        />
        <div aria-live="polite">
          {registry ? (
            <Notice kind="info">
              <p>{registry.message}</p>
              {registry.connected ? null : (
                <p>
                  <a href="/demande/etapes/menage">Saisir ma demande sur AL’in</a>
                </p>
              )}
            </Notice>
          ) : null}
        </div>
        <InputField
          name="number"
          label="Numéro unique"
          maxLength={40}
          autoComplete="off"
          hint="18 chiffres ou lettres, sur l’attestation d’enregistrement de votre demande."
          value={number}
          onInput={setNumber}
          error={errors.number}
        />
        <InputField name="birthDate" label="Votre date de naissance" type="date" autoComplete="bday" value={birthDate} onInput={setBirthDate} error={errors.birthDate} />
        <Button busy={busy}>Recevoir le code</Button>
      </form>
      <p class="muted">Un code est envoyé à l’adresse e-mail que le registre connaît pour votre demande ; rien de votre demande n’est montré avant ce code.</p>
      <p>
        <a href="/demande">Revenir à ma demande</a>
      </p>
    </>
  );
}
