import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { Request, Response } from 'express';
import { formRestoreOf, RETURN_FIELD, withFormRestore } from './form-restore';

/**
 * Renders a page on the server; preact escapes every text and attribute value. A form sent after
 * the session expired comes back filled in with what was typed (`res.locals.formRestore`, see
 * form-restore.ts).
 */
export function sendPage(res: Response, page: VNode, status = 200): void {
  // a page shown for a POST (a form again with its errors) keeps the page the form was sent from
  const req = res.req;
  const shown = req.method === 'GET' ? req.originalUrl : pageOfForm(req);
  const html = withFormRestore(formRestoreOf(res), shown, () => render(page));
  res
    .status(status)
    .type('text/html; charset=utf-8')
    .send('<!doctype html>' + html);
}

/** The page a POST came from (its `_retour` field, a path of this site), kept in the forms of the page shown in answer. */
function pageOfForm(req: Request): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[RETURN_FIELD];
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value.length <= 2000 ? value : undefined;
}
