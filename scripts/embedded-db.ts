// `npm run db:embedded [-- <folder>]`: serves the embedded PostgreSQL alone (migrated), for psql or
// another tool. Prints its URL on one line, and stops cleanly on Ctrl-C / SIGTERM.
import path from "node:path";
import { prepareDatabase } from "@/lib/runtime/database";

delete process.env.DATABASE_URL;
const database = await prepareDatabase(path.resolve(process.argv[2] ?? process.env.SANAD_DATA_DIR ?? ".data"));
console.log(`DATABASE_URL=${database.url}`);
const stop = () => void database.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
