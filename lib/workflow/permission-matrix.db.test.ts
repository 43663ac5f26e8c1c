import { beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/api/errors";
import { ZUpdateArticle } from "@/lib/articles/schemas";
import { updateArticle } from "@/lib/articles/update-article";
import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
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
import { prepareCell, requestFor, type TPrepared } from "@/lib/testing/permission-cells";
import { CELLS, splitAction, type TBaseAction, type TOutcome } from "@/lib/testing/permission-matrix";
import { createToken, revokeToken } from "@/lib/tokens/manage-tokens";
import { ZCreateToken } from "@/lib/tokens/schemas";
import { ZTransition } from "./schemas";
import { transitionClaim } from "./transition-claim";

// The same table as e2e/permission-matrix.spec.ts, through the data functions the routes call, with
// each request body parsed by the route's own schema.
type TPerform = (actor: Actor, cell: TPrepared, body: never) => Promise<unknown>;
const transition: TPerform = (a, c, b) => transitionClaim(a, c.claimId!, ZTransition.parse(b));
const sheet: TPerform = (a, c, b) => updateClaimSheet(a, c.claimId!, ZUpdateClaimSheet.parse(b));
const PERFORM: Record<TBaseAction, TPerform> = {
  submit: transition,
  request_changes: transition,
  approve: transition,
  publish: transition,
  reopen: transition,
  retract: transition,
  edit_sheet: sheet,
  assign: sheet,
  add_source: (a, c, b) => addSource(a, c.claimId!, ZCreateSource.parse(b)),
  set_verdict: (a, c, b) => setVerdict(a, c.claimId!, ZSetVerdict.parse(b)),
  move: (a, c, b) => reattachClaim(a, c.claimId!, ZCreateClaim.parse(b)),
  comment: (a, c, b) => createComment(a, c.claimId!, ZCreateComment.parse(b)),
  delete: (a, c) => deleteClaim(a, c.claimId!),
  edit_text: (a, c, b) => updateArticle(a, c.articleId!, ZUpdateArticle.parse(b)),
  create_token: (a, _c, b) => createToken(a, ZCreateToken.parse(b)),
  revoke_token: (a, c) => revokeToken(a, c.tokenId!),
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

describe("permission matrix (real PostgreSQL): every role × action × claim state × own / teammate's / other workspace's", () => {
  it(`gives exactly the expected answer in all ${CELLS.length} cells`, async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const { action, target, role, expected } of CELLS) {
      const prepared = await prepareCell(ws, other, role, action, target);
      const { body } = requestFor(action, prepared);
      const perform = PERFORM[splitAction(action).base];
      const result = await outcome(perform(ws.members[role].actor, prepared, body as never));
      got.push(`${action} ${target} ${role}: ${result}`);
      want.push(`${action} ${target} ${role}: ${expected}`);
    }
    expect(got).toEqual(want);
  }, 600_000);
});
