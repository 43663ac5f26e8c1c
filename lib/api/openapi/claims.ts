import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { ZCreateComment, ZUpdateComment } from "@/lib/comments/schemas";
import { ZCreateSource, ZRemoveSource, ZReorderSources, ZUpdateSource } from "@/lib/sources/schemas";
import { ZTransition } from "@/lib/workflow/schemas";
import type { Endpoint } from "./types";

// Sheet writes carry the version they were made on: a stale one is a 409 with the current sheet.
const SHEET_WRITE = {
  tag: "claims",
  success: { status: 200, description: "The whole claim sheet after the change." },
  errors: [409],
} as const;

export const CLAIM_ENDPOINTS: Endpoint[] = [
  {
    method: "GET",
    path: "/claims/{id}",
    tag: "claims",
    summary: "The claim sheet: statement, claimant, appearances, tags, people, verdict, sources, workflow.",
    success: { status: 200, description: "The claim sheet." },
  },
  {
    ...SHEET_WRITE,
    method: "PATCH",
    path: "/claims/{id}",
    summary: "Edit sheet fields (send `version` and only the fields to change).",
    body: ZUpdateClaimSheet,
  },
  {
    method: "DELETE",
    path: "/claims/{id}",
    tag: "claims",
    summary: "Delete a claim (its author, editors and admins).",
    success: { status: 200, description: "`{id, deleted: true}`" },
  },
  {
    method: "PUT",
    path: "/claims/{id}/anchor",
    tag: "claims",
    summary: "Re-attach an orphaned claim (or move one) to a new span or quote.",
    body: ZCreateClaim,
    success: { status: 200, description: "The claim." },
  },
  {
    ...SHEET_WRITE,
    method: "PUT",
    path: "/claims/{id}/verdict",
    summary: "Set the rating, conclusion and rationale (Tiptap JSON).",
    body: ZSetVerdict,
  },
  {
    ...SHEET_WRITE,
    method: "POST",
    path: "/claims/{id}/sources",
    summary: "Add a source; duplicates of a listed URL are refused.",
    body: ZCreateSource,
    success: { status: 201, description: "The whole claim sheet; the new source is the last." },
  },
  {
    ...SHEET_WRITE,
    method: "PUT",
    path: "/claims/{id}/sources/order",
    summary: "Reorder the sources (every id exactly once).",
    body: ZReorderSources,
  },
  {
    ...SHEET_WRITE,
    method: "PATCH",
    path: "/claims/{id}/sources/{sourceId}",
    summary: "Edit a source.",
    body: ZUpdateSource,
  },
  {
    ...SHEET_WRITE,
    method: "DELETE",
    path: "/claims/{id}/sources/{sourceId}",
    summary: "Remove a source (the body carries the sheet version).",
    body: ZRemoveSource,
  },
  {
    method: "GET",
    path: "/claims/{id}/comments",
    tag: "review",
    summary: "The claim's comment threads.",
    success: { status: 200, description: "`{threads: [...]}`" },
  },
  {
    method: "POST",
    path: "/claims/{id}/comments",
    tag: "review",
    summary: "Comment or reply; `@handle` and `mentions` notify members.",
    body: ZCreateComment,
    success: { status: 201, description: "The comment." },
  },
  {
    method: "PATCH",
    path: "/claims/{id}/comments/{commentId}",
    tag: "review",
    summary: "Edit your comment, or resolve / reopen a thread.",
    body: ZUpdateComment,
    success: { status: 200, description: "The comment." },
  },
  {
    method: "GET",
    path: "/claims/{id}/transitions",
    tag: "review",
    summary: "The workflow steps the caller may take now, and what is missing for the others.",
    success: { status: 200, description: "The allowed transitions." },
  },
  {
    method: "POST",
    path: "/claims/{id}/transitions",
    tag: "review",
    summary: "Submit, request changes, approve, publish or reopen.",
    body: ZTransition,
    success: { status: 200, description: "The claim sheet in its new state." },
    errors: [409],
  },
  {
    method: "GET",
    path: "/claims/{id}/history",
    tag: "review",
    summary: "The append-only audit trail, with per-field before/after.",
    success: { status: 200, description: "`{entries: [...]}`" },
  },
  {
    method: "GET",
    path: "/claims/{id}/publications",
    tag: "review",
    summary: "Every published version, frozen, with correction notes.",
    success: { status: 200, description: "`{publications: [...]}`" },
  },
];
