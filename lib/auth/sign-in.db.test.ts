import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "@/lib/testing/factories";
import { authenticate, SignInRefused } from "./sign-in";
import { MAX_FAILURES } from "./throttle";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace("auth");
});

const refusal = (input: object) =>
  authenticate(input).then(
    () => "accepted",
    (e: unknown) => (e instanceof SignInRefused ? e.message : String(e)),
  );

describe("authenticate", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const user = await authenticate({ email: ws.members.EDITOR.email.toUpperCase(), password: TEST_PASSWORD });
    expect(user.id).toBe(ws.members.EDITOR.id);
  });

  it("refuses a wrong password and an unknown email the same way", async () => {
    expect(await refusal({ email: ws.members.VIEWER.email, password: "wrong" })).toBe("invalid");
    expect(await refusal({ email: "nobody@test.sanad", password: "wrong" })).toBe("invalid");
    expect(await refusal({ email: "not an email", password: "x" })).toBe("invalid");
  });

  it("locks an account after repeated failures, even for the right password, and says for how long", async () => {
    const email = ws.members.FACT_CHECKER.email;
    for (let i = 1; i < MAX_FAILURES; i++) expect(await refusal({ email, password: `wrong-${i}` })).toBe("invalid");
    expect(await refusal({ email, password: "wrong-last" })).toMatch(/^locked:\d+$/);
    expect(await refusal({ email, password: TEST_PASSWORD })).toMatch(/^locked:(29\d|300)$/);
    // Other accounts are unaffected.
    expect((await authenticate({ email: ws.members.ADMIN.email, password: TEST_PASSWORD })).id).toBe(
      ws.members.ADMIN.id,
    );
  });
});
