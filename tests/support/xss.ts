import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Opens each page as the signed-in user and checks that stored payloads stayed text: no dialog
 * opened, no injected script, element, inline handler or `javascript:` URL in the document, and
 * every stored payload shown somewhere as text (the page's text, or the value of a form field).
 * Returns the count of payloads seen per page, for the test's report.
 */
export async function expectPayloadsShownAsText(page: Page, baseUrl: string, paths: readonly string[], stored: readonly string[]): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    await d.dismiss();
  });
  const seen = new Set<string>();
  const report: string[] = [];
  for (const path of paths) {
    const res = await page.goto(`${baseUrl}${path}`);
    expect(res?.status(), path).toBe(200);
    await page.waitForLoadState('load');
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      const w = window as unknown as { __xss?: number };
      if (w.__xss !== undefined) found.push(`window.__xss=${w.__xss}`);
      for (const s of Array.from(document.scripts)) if (!s.src || /alert|__xss/.test(s.textContent ?? '')) found.push(`script ${s.outerHTML.slice(0, 80)}`);
      // (the dashboard draws its charts in SVG: an injected one would carry a handler, found below)
      for (const el of Array.from(document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed'))) found.push(el.outerHTML.slice(0, 80));
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
          if (/^(href|src|action|formaction|data)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      return found;
    });
    expect(injected, path).toEqual([]);
    const text = await page.evaluate(() =>
      [document.body.innerText, ...Array.from(document.querySelectorAll('textarea, input')).map((el) => (el as HTMLInputElement).value)].join('\n'),
    );
    const shown = stored.filter((s) => text.includes(s.trim()));
    for (const s of shown) seen.add(s);
    report.push(`${path}: ${shown.length}`);
  }
  expect(dialogs).toEqual([]);
  // every stored payload was shown somewhere, as text
  expect(stored.filter((s) => !seen.has(s))).toEqual([]);
  return report;
}
