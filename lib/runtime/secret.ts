import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A local start keeps one generated session secret in the data folder, so sign-ins survive restarts. */
export async function loadOrCreateLocalSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
