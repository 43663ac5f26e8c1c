import type { Role } from "@/lib/db/generated/enums";

// Printed by `npm start`, shown on the sign-in page outside production, and used by the seed and tests.
export const DEMO_PASSWORD = "sanad-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@sanad.test", name: "ليلى حداد (Layla Haddad)", role: "ADMIN" },
  { email: "editor@sanad.test", name: "عمر الخطيب (Omar Al-Khatib)", role: "EDITOR" },
  { email: "checker@sanad.test", name: "سارة منصور (Sara Mansour)", role: "FACT_CHECKER" },
  { email: "viewer@sanad.test", name: "يوسف ناصر (Youssef Nasser)", role: "VIEWER" },
];

export const DEMO_WORKSPACE = { slug: "demo-newsroom", name: "غرفة الأخبار التجريبية" };
