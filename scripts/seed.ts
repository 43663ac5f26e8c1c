// `npm run db:seed`: seeds the demo workspace into DATABASE_URL (already migrated).
import "dotenv/config";
import { seedDemo } from "@/lib/demo/seed-demo";

const { created } = await seedDemo();
console.log(created ? "Seeded the demo workspace." : "The demo workspace already exists: nothing to do.");
process.exit(0);
