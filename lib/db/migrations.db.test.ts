import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { findSchemaDrift } from "./drift";
import { readMigrations } from "./migrations-dir";
import { SCHEMA_SNAPSHOT } from "./schema-snapshot";

describe("migrations", () => {
  it("build a database identical to schema.prisma (the test database is made from migrations only)", async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("keep the schema snapshot equal to schema.prisma, so the next migration diffs from the right place", async () => {
    const [snapshot, schema] = await Promise.all([
      readFile(SCHEMA_SNAPSHOT, "utf8"),
      readFile("prisma/schema.prisma", "utf8"),
    ]);
    expect(snapshot).toBe(schema);
  });

  it("are read in name order with their SQL", async () => {
    const list = await readMigrations();
    const names = list.migrationDirectories.map((m) => m.path);
    expect(names).toEqual([...names].sort());
    expect(list.migrationDirectories[0].migrationFile.content).toMatchObject({ tag: "ok" });
  });
});
