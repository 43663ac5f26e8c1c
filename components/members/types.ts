import type { listMembers } from "@/lib/members/list-members";

export type TMember = Awaited<ReturnType<typeof listMembers>>["members"][number];

export const ROLES = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"] as const;
