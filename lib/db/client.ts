import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// The one place that builds a Prisma client; only lib/ data functions import it.
function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Sanad with `npm start`, which provides one.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const cache = globalThis as unknown as { sanadDb?: PrismaClient };

export function getDb(): PrismaClient {
  cache.sanadDb ??= createClient();
  return cache.sanadDb;
}
