import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";

test.describe.configure({ timeout: 240_000 });

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function startSanad(dataDir: string, port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, SANAD_DATA_DIR: dataDir, PORT: String(port) };
  for (const name of ["DATABASE_URL", "NEXTAUTH_URL", "NEXTAUTH_SECRET", "NODE_ENV"]) delete env[name];
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { env });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitForReady(baseURL: string, log: () => string) {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${baseURL}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Sanad did not come up:\n${log()}`);
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

test("npm start on an empty data folder serves the seeded demo, stops cleanly, and keeps the data on restart", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "sanad-start-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    const first = startSanad(dataDir, port);
    await waitForReady(baseURL, first.output);
    expect(first.output()).toContain("admin@sanad.test");
    expect((await stat(path.join(dataDir, "nextauth-secret"))).isFile()).toBe(true);
    const api = await playwrightRequest.newContext({ baseURL });
    await signInAs(api, "checker@sanad.test");
    const created = await (
      await api.post("/api/v1/articles", { data: { title: "يبقى بعد إعادة التشغيل", body: "نص باقٍ." } })
    ).json();
    await api.dispose();
    expect(await stop(first.child)).toBe(0);
    expect(
      await fetch(`${baseURL}/sign-in`).then(
        () => "up",
        () => "down",
      ),
    ).toBe("down");

    const secret = await readFile(path.join(dataDir, "nextauth-secret"), "utf8");
    const second = startSanad(dataDir, port);
    await waitForReady(baseURL, second.output);
    expect(second.output()).not.toContain("Seeded the demo");
    const again = await playwrightRequest.newContext({ baseURL });
    await signInAs(again, "checker@sanad.test");
    const { articles } = await (await again.get("/api/v1/articles")).json();
    expect(
      articles.filter((a: { title: string }) => a.title === "يبقى بعد إعادة التشغيل").map((a: { id: string }) => a.id),
    ).toEqual([created.id]);
    expect(articles.filter((a: { title: string }) => a.title.startsWith("نجاة الكاظمي"))).toHaveLength(1);
    await again.dispose();
    expect(await readFile(path.join(dataDir, "nextauth-secret"), "utf8")).toBe(secret);
    expect(await stop(second.child)).toBe(0);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
