import path from "node:path";
import { MIGRATIONS_DIR } from "./migrations-dir";

// The schema as of the newest migration; a test keeps it equal to schema.prisma.
export const SCHEMA_SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
