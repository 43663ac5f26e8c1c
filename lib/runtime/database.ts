import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

export type PreparedDatabase = { url: string; embedded: boolean; applied: string[]; stop: () => Promise<void> };

/**
 * DATABASE_URL when set (a real deployment), else an embedded PostgreSQL kept in
 * `dataDir/pg`; either way migrated before anything uses it.
 */
export async function prepareDatabase(dataDir: string): Promise<PreparedDatabase> {
  // An empty DATABASE_URL (e.g. `DATABASE_URL= npm start`) means "not set".
  if (!process.env.DATABASE_URL) delete process.env.DATABASE_URL;
  const external = process.env.DATABASE_URL;
  const embedded = external ? null : await startEmbeddedDatabase(path.join(dataDir, "pg"));
  const url = external ?? embedded!.url;
  try {
    const applied = await applyMigrations(url);
    return { url, embedded: !external, applied, stop: async () => embedded?.stop() };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
