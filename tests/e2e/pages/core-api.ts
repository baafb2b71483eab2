import type { Page } from '@playwright/test';

/**
 * Calls the core from the page, as the app does in browser mode (its launch token, its HTTP
 * invoke): for setting up records a test is not about. Throws the core's error message.
 */
export async function callCore<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([callName, callInput]) => {
      const token = window.sessionStorage.getItem('crm.token') ?? '';
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: callName, input: callInput }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name}: ${result.error?.message ?? 'failed'}`);
  return result.value as T;
}
