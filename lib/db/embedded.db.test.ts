import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

let dir: string;
let database: EmbeddedDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "sanad-pglite-"));
  database = await startEmbeddedDatabase(dir);
});

afterAll(async () => {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("answers each of many concurrent connections with its own results", async () => {
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: database.url, max: 4 }));
    try {
      const queries = Array.from({ length: 300 }, (_, i) => {
        const pool = pools[i % pools.length];
        // Different shapes per query: an answer delivered to the wrong caller shows at once.
        return i % 2
          ? pool
              .query("select $1::int as n, 'odd' as kind", [i])
              .then((r) => r.rows[0].n === i && r.rows[0].kind === "odd")
          : pool.query("select $1::text as label", [`q${i}`]).then((r) => r.rows[0].label === `q${i}`);
      });
      const answers = await Promise.all(queries);
      expect(answers.filter((ok) => !ok)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it("keeps its data in the folder across restarts", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query("create table kept (value text); insert into kept values ('سند')");
    await client.end();
    await database.stop();
    database = await startEmbeddedDatabase(dir);
    const again = new pg.Client({ connectionString: database.url });
    await again.connect();
    expect((await again.query("select value from kept")).rows).toEqual([{ value: "سند" }]);
    await again.end();
  });
});
