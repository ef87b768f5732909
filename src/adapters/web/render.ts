import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { Response } from 'express';
import { formRestoreOf, withFormRestore } from './form-restore';

/**
 * Renders a page on the server; preact escapes every text and attribute value. A form sent after
 * the session expired comes back filled in with what was typed (`res.locals.formRestore`, see
 * form-restore.ts).
 */
export function sendPage(res: Response, page: VNode, status = 200): void {
  const html = withFormRestore(formRestoreOf(res), () => render(page));
  res.status(status).type('text/html; charset=utf-8').send('<!doctype html>' + html);
}
