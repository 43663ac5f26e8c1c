import "dotenv/config";
import { defineConfig } from "prisma/config";

// The datasource URL is read only by CLI commands that talk to a database
// (e.g. `prisma migrate deploy` on machines with the native engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/sanad" },
});
