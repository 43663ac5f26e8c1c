import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// The embedded database is one PostgreSQL session: transactions wait their turn, so under load the
// default 2 s to start one is too short. A real server rarely waits at all.
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

// The one place that builds a Prisma client; only lib/ data functions import it.
function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Sanad with `npm start`, which provides one.");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: 10 }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

const cache = globalThis as unknown as { sanadDb?: PrismaClient };

export function getDb(): PrismaClient {
  cache.sanadDb ??= createClient();
  return cache.sanadDb;
}
