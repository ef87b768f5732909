import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import type { Response } from 'express';

/** Renders a page on the server; preact escapes every text and attribute value. */
export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status).type('text/html; charset=utf-8').send('<!doctype html>' + render(page));
}
