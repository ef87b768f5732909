/** The kind of the outbox message that invites a company manager. */
export const INVITATION_KIND = 'company_manager_invitation';

/** Where an invited manager sets their password: the company portal's invitation page (full link, sent as is). */
export const INVITATION_PATH = '/entreprise/invitation';
export const invitationLink = (publicUrl: string, token: string): string => `${withoutTrailingSlashes(publicUrl)}${INVITATION_PATH}?token=${encodeURIComponent(token)}`;

/** `https://x/` → `https://x` (a loop: the pattern `/\/+$/` is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
