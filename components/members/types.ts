import type { z } from "zod";
import type { ZMember } from "@/lib/members/schemas";

export type TMember = z.infer<typeof ZMember>;

export const ROLES = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"] as const;
