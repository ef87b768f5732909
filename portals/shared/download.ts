/**
 * Files in the portals: a Blob (a file read through the typed client with `parseAs: 'blob'`, so with
 * the session's token) saved under a name. The object URL is revoked once used.
 */

/** Saves the blob as a download named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
