import { InputField } from '../../../shared/ui/forms';

/**
 * The offer's commune: its INSEE code (not the postal code). The API checks that the commune exists
 * and says so next to the field.
 */
export function CommuneField({ code, error, onChange }: { code: string; label: string; error?: string | undefined; onChange: (code: string, label: string, postalCode?: string) => void }) {
  return (
    <InputField
      name="communeCode" label="Code INSEE de la commune" inputMode="numeric" maxLength={5}
      hint="Le code officiel de la commune (5 caractères, par exemple 69266 pour Villeurbanne), différent du code postal."
      value={code} onInput={(v) => onChange(v.trim(), '')} error={error}
    />
  );
}
