/** Amounts are euros as numbers; they are rounded to the cent where they are computed or shown. */
export type Euros = number;
export const roundCents = (amount: Euros): Euros => Math.round(amount * 100) / 100;
export const formatEuros = (amount: Euros): string =>
  `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(amount).replace(/\u202f|\u00a0/g, ' ')} €`;
