import type { Page } from 'playwright-core';

/**
 * A request to the API from the page, with its session and CSRF token (as the web app
 * does): for a test's setup that is not the journey itself.
 */
export async function api(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const aanmelding = await (await fetch('/api/v1/aanmelding')).json();
      const res = await fetch(`/api/v1${url}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': aanmelding.sessie.csrfToken,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    { method, url, body },
  );
}

/** A day relative to today, YYYY-MM-DD (UTC). */
export const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A day relative to today on the machine's own calendar, YYYY-MM-DD (what a date field shows). */
export function lokaleDatum(dagen = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + dagen);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
