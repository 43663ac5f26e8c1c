import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TRANSACTION_OPTIONS } from "./client";
import { PrismaClient } from "./generated/client";

let server: ChildProcess;
let url: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "sanad-concurrency-"));
  // In its own process, like `npm start`'s database, so client and server timings are independent.
  server = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/embedded-db.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      const match = chunk.toString().match(/DATABASE_URL=(\S+)/);
      if (match) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
}, 120_000);

afterAll(async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await rm(dir, { recursive: true, force: true });
});

it("answers every client with its own rows while transactions and reads interleave", async () => {
  const clients = [0, 1, 2].map(
    () =>
      new PrismaClient({
        adapter: new PrismaPg({ connectionString: url, max: 6 }),
        transactionOptions: TRANSACTION_OPTIONS,
      }),
  );
  const workspace = await clients[0].workspace.create({ data: { slug: "concurrency", name: "C" } });
  const checks = Array.from({ length: 240 }, (_, i) => {
    const db = clients[i % clients.length];
    if (i % 6 === 0) {
      return db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email: `u${i}@test.sanad`, name: `U${i}`, passwordHash: "x" } });
        const member = await tx.membership.create({
          data: { workspaceId: workspace.id, userId: user.id, role: "VIEWER" },
        });
        return member.userId === user.id;
      });
    }
    return i % 2
      ? db.workspace.findFirst({ where: { id: workspace.id } }).then((w) => w?.slug === "concurrency")
      : db.membership
          .findMany({ where: { workspaceId: workspace.id } })
          .then((rows) => rows.every((row) => row.role === "VIEWER"));
  });
  const results = await Promise.all(checks.map((check) => check.catch((error: Error) => error.message)));
  expect(results.filter((result) => result !== true)).toEqual([]);
  await Promise.all(clients.map((db) => db.$disconnect()));
}, 120_000);
