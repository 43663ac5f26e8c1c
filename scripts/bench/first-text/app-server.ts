import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { request as playwrightRequest, type Cookie } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { DEMO_ARTICLE, seedDemo } from "@/lib/demo/seed-demo";
import { buildIfStale } from "@/lib/runtime/build";
import { prepareDatabase } from "@/lib/runtime/database";

export type AppUnderTest = {
  url: string;
  articleUrl: string;
  title: string;
  text: string;
  headings: number[];
  cookies: Cookie[];
  stop: () => Promise<void>;
};

async function waitUntilServing(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}).`);
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer.`);
}

/**
 * The app as a reader meets it: a migrated and seeded database (DATABASE_URL, else an embedded one), a
 * production build (`next start`, from BENCH_APP_DIR when comparing another build), and a signed-in
 * checker's cookies.
 */
export async function startApp(port: number): Promise<AppUnderTest> {
  const database = await prepareDatabase(path.resolve(".bench-data"));
  process.env.DATABASE_URL = database.url;
  await seedDemo();
  const env = { ...process.env, NEXTAUTH_SECRET: "sanad-bench-secret", NEXTAUTH_URL: `http://127.0.0.1:${port}` };
  const appDir = process.env.BENCH_APP_DIR ?? process.cwd();
  if (!process.env.BENCH_APP_DIR) await buildIfStale(env);
  const next = path.join(appDir, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const late = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(late);
    await database.stop();
  };
  try {
    await waitUntilServing(url, child);
    const api = await playwrightRequest.newContext({ baseURL: url });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "checker@sanad.test", password: DEMO_PASSWORD, json: "true" },
      maxRedirects: 0,
    });
    const { articles } = (await (await api.get("/api/v1/articles")).json()) as {
      articles: { id: string; title: string }[];
    };
    const seed = articles.find((a) => a.title === DEMO_ARTICLE.title);
    if (!seed) throw new Error("The demo article is not in the workspace.");
    const article = (await (await api.get(`/api/v1/articles/${seed.id}`)).json()) as {
      text: string;
      headings: number[];
    };
    const { cookies } = await api.storageState();
    await api.dispose();
    return { url, articleUrl: `${url}/articles/${seed.id}`, title: seed.title, ...article, cookies, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
