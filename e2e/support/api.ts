import { expect, type APIResponse } from "@playwright/test";

/**
 * The JSON of an API answer, after checking its status (the body is the failure message). Read loosely,
 * as Playwright types it: each spec's assertions say what it must contain.
 */
export async function ok(response: APIResponse, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return response.json();
}
