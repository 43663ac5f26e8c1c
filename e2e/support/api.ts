import { expect, type APIResponse } from "@playwright/test";

// Answers are read loosely: each spec's assertions say what they must contain.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TLoose = any;

/** The JSON of an API answer, after checking its status (the body is the failure message). */
export async function ok(response: APIResponse, status = 200): Promise<TLoose> {
  expect(response.status(), await response.text()).toBe(status);
  return response.json();
}
