import { beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/api/errors";
import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { createComment } from "@/lib/comments/create-comment";
import { ZCreateComment } from "@/lib/comments/schemas";
import { STATUS_BY_CODE } from "@/lib/errors";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { ZChangeRole, ZInviteMember } from "@/lib/members/schemas";
import type { Actor } from "@/lib/permissions/actor";
import { replaceRatingScale } from "@/lib/ratings/replace-rating-scale";
import { ZRatingScale } from "@/lib/ratings/schemas";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import {
  CELLS,
  prepareCell,
  requestFor,
  type TMatrixAction,
  type TOutcome,
  type TPrepared,
} from "@/lib/testing/permission-matrix";
import { ZTransition } from "./schemas";
import { transitionClaim } from "./transition-claim";

// The same table as e2e/permission-matrix.spec.ts, through the data functions the routes call, with
// each request body parsed by the route's own schema.
type TPerform = (actor: Actor, cell: TPrepared, body: never) => Promise<unknown>;
const PERFORM: Record<TMatrixAction, TPerform> = {
  submit: (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b)),
  request_changes: (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b)),
  approve: (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b)),
  publish: (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b)),
  reopen: (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b)),
  edit_sheet: (a, c, b) => updateClaimSheet(a, c.claimId!, ZUpdateClaimSheet.parse(b)),
  add_source: (a, c, b) => addSource(a, c.claimId!, ZCreateSource.parse(b)),
  set_verdict: (a, c, b) => setVerdict(a, c.claimId!, ZSetVerdict.parse(b)),
  comment: (a, c, b) => createComment(a, c.claimId!, ZCreateComment.parse(b)),
  delete_claim: (a, c) => deleteClaim(a, c.claimId!),
  list_members: (a) => listMembers(a),
  invite_member: (a, _c, b) => inviteMember(a, ZInviteMember.parse(b)),
  change_role: (a, c, b) => changeMemberRole(a, c.userId!, ZChangeRole.parse(b)),
  remove_member: (a, c) => removeMember(a, c.userId!),
  edit_rating_scale: (a, _c, b) => replaceRatingScale(a, ZRatingScale.parse(b)),
};

async function outcome(promise: Promise<unknown>): Promise<TOutcome | number> {
  return promise.then(
    () => "allow" as const,
    (error: unknown) => STATUS_BY_CODE[toAppError(error).code],
  );
}

let ws: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("matrix"), createTestWorkspace("matrix-other")]);
});

describe("permission matrix (real PostgreSQL): every role × action × own / teammate's / other workspace's claim", () => {
  it(`gives exactly the expected answer in all ${CELLS.length} cells`, async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const { action, target, role, expected } of CELLS) {
      const prepared = await prepareCell(ws, other, role, action, target);
      const { body } = requestFor(action, prepared);
      const result = await outcome(PERFORM[action](ws.members[role].actor, prepared, body as never));
      got.push(`${action} ${target} ${role}: ${result}`);
      want.push(`${action} ${target} ${role}: ${expected}`);
    }
    expect(got).toEqual(want);
  }, 240_000);
});
