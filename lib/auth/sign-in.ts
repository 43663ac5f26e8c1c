import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { clearFailedSignIns, getLockSeconds, recordFailedSignIn } from "./throttle";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

/** Why a sign-in failed, as a code the sign-in page translates: "invalid" or "locked:<seconds>". */
export class SignInRefused extends Error {}

export async function authenticate(input: unknown): Promise<{ id: string; email: string; name: string }> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) throw new SignInRefused("invalid");
  const { email, password } = parsed.data;
  const lockSeconds = await getLockSeconds(email);
  if (lockSeconds > 0) throw new SignInRefused(`locked:${lockSeconds}`);
  const user = await getDb().user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await recordFailedSignIn(email);
    const nowLocked = await getLockSeconds(email);
    throw new SignInRefused(nowLocked > 0 ? `locked:${nowLocked}` : "invalid");
  }
  await clearFailedSignIns(email);
  return { id: user.id, email: user.email, name: user.name };
}
