// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference
// between the committed schema snapshot and prisma/schema.prisma. The wasm
// engine has no shadow database, so the snapshot stands for "the migrations so far".
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openSchemaEngine } from "@/lib/db/schema-engine";
import { MIGRATIONS_DIR } from "@/lib/db/migrations-dir";
import { SCHEMA_SNAPSHOT } from "@/lib/db/schema-snapshot";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>");
  process.exit(2);
}

const schema = await readFile("prisma/schema.prisma", "utf8");
const previous = await readFile(SCHEMA_SNAPSHOT, "utf8").catch(() => null);
const engine = await openSchemaEngine(process.env.DATABASE_URL ?? "postgresql://localhost/none", schema);
const { stdout } = await engine.diff({
  from:
    previous === null
      ? { tag: "empty" }
      : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous }] },
  to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
engine.free();

if (!stdout || stdout.includes("This is an empty migration")) {
  console.log("The schema has not changed: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), stdout);
await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
await writeFile(SCHEMA_SNAPSHOT, schema);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
