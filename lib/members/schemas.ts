import { z } from "zod";
import { ZTimestamp } from "@/lib/api/wire";
import { Role } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";
import { requiredLine } from "@/lib/validation/fields";

const role = z.enum(Role, { error: errorText("memberRole") });

/** Invite by email: an existing Sanad user joins as is; a new one gets a first password, shown once. */
export const ZInviteMember = z.strictObject({
  email: z
    .string({ error: errorText("memberEmail") })
    .trim()
    .toLowerCase()
    .max(320, { error: errorText("memberEmail") })
    .pipe(z.email({ error: errorText("memberEmail") })),
  name: requiredLine(200),
  role,
});

export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZChangeRole = z.strictObject({ role });

export type TChangeRole = z.infer<typeof ZChangeRole>;

// Responses

/** `handle`: the part of the email before `@`, what @mentions use. */
export const ZMember = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  handle: z.string(),
  role: z.enum(Role),
  joinedAt: ZTimestamp,
});

export const ZMemberList = z.object({ members: z.array(ZMember) });

/** `firstPassword`: a new account's, shown this once; null when the person already had an account. */
export const ZInvitedMember = z.object({ member: ZMember, firstPassword: z.string().nullable() });

export const ZRemovedMember = z.object({ id: z.string(), removed: z.literal(true) });
