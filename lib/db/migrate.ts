import { readFile } from "node:fs/promises";
import path from "node:path";
import { openSchemaEngine } from "./schema-engine";
import { readMigrations } from "./migrations-dir";

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies pending prisma/migrations, recording them in `_prisma_migrations` like `prisma migrate deploy`. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const schema = await readFile(path.resolve("prisma/schema.prisma"), "utf8");
  const engine = await openSchemaEngine(connectionString, schema);
  try {
    const migrationsList = await readMigrations();
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
