import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import type { Role } from "@/lib/db/generated/enums";
import { prepareCell, requestFor } from "@/lib/testing/permission-cells";
import { CELLS, ROLES } from "@/lib/testing/permission-matrix";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

// The permission matrix through HTTP: every role × action (× claim state) × own / teammate's / other workspace's,
// the exact status of every answer (the same table lib/workflow/permission-matrix.db.test.ts checks).
test("permission matrix through the API", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const [ws, other] = [await createTestWorkspace("matrix-api"), await createTestWorkspace("matrix-api-other")];
  const apis = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) {
    apis[role] = await playwright.request.newContext({ baseURL });
    await signInAs(apis[role], ws.members[role].email, TEST_PASSWORD);
  }
  const got: string[] = [];
  const want: string[] = [];
  for (const { action, target, role, expected } of CELLS) {
    const { method, path, body, ok } = requestFor(action, await prepareCell(ws, other, role, action, target));
    const response = await apis[role].fetch(path, { method, data: body });
    got.push(`${action} ${target} ${role}: ${response.status()}`);
    want.push(`${action} ${target} ${role}: ${expected === "allow" ? ok : expected}`);
    if (response.status() >= 400)
      expect((await response.json()).error.code, `${action} ${target} ${role}`).toEqual(expect.any(String));
  }
  expect(got).toEqual(want);
  await Promise.all(ROLES.map((role) => apis[role].dispose()));
});
