// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL (as `prisma migrate deploy` would).
import "dotenv/config";
import { applyMigrations } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL first (npm start migrates the embedded database by itself).");
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
